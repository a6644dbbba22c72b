"""The archive's Datasette plugin: what ``vnnews serve`` adds to stock Datasette.

``crawler.archive.browse.serve`` registers this module itself (no entry point), so a plain
``datasette`` run on some other database is untouched.

- Search means what ``vnnews search`` means: Datasette's table search (its ``escape_fts`` SQL
  function) and the canned ``search`` query (``vnnews_match``) turn the query into the FTS5
  expression of ``crawler.archive.storage.fts_query``: "đ" folded like the index, plain words
  quoted (so "Covid-19" is two words, not a column filter).
- Highlights: snippets carry literal ``<mark>`` markers.  A cell holding them is escaped first,
  then only the exact markers become elements, so article text can never inject markup.
- Article titles link to their view-history chart, related stories and raw page.
- ``/-/vnnews/page?url=...``: the archived page, decompressed, with scripts and remote loads
  disabled by a sandboxing Content-Security-Policy.
- A "month" facet (``published_at`` is Vietnam time: the month is its first 7 characters).
- The landing page's glance (sites, counts, time span), read live from the archive.
"""

from __future__ import annotations

import json
import sqlite3
import urllib.parse
import zlib
from pathlib import Path
from typing import Any, Callable

from datasette import hookimpl
from datasette.database import QueryInterrupted
from datasette.facets import Facet
from datasette.utils import escape_sqlite, path_with_added_args, path_with_removed_args
from datasette.utils.asgi import Response
from markupsafe import Markup, escape

from crawler.archive.storage import EXACT_INDEX, ArchiveError, fts_query, search_plan

STYLESHEET = Path(__file__).parent / "templates" / "vnnews.css"
MARK_OPEN, MARK_CLOSE = "<mark>", "</mark>"
# The raw page may show its text and inline styles, nothing else: no script, no form, no
# request to the live site (which would tell it who reads the archive).
RAW_PAGE_POLICY = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:"
# The order a researcher reads the tables in; the rest follow alphabetically.
TABLE_ORDER = ("articles", "article_views", "related_articles", "article_authors", "crawl_runs")


# ---- search ----

def match_expression(query: str | None) -> str:
    """The FTS5 expression for the folded index (``articles_fts``) that ``vnnews search``'s
    plan implies for ``query``: all its words, "đ" folded.  A query typed with diacritics
    matches a superset there; ``exact_expression`` narrows it.  A query with no words (an empty
    form, "!!!") matches nothing rather than failing.

    >>> match_expression("Đảng bộ")
    '"Dảng" "bộ"'
    >>> match_expression("Covid-19")
    '"Covid" "19"'
    >>> match_expression("")
    '""'
    """
    try:
        return fts_query(query or "")
    except ArchiveError:
        return '""'


def exact_expression(query: str | None) -> str | None:
    """The expression for the exact index when ``vnnews search`` would match ``query``'s
    diacritics exactly (it was typed with them), else None.

    >>> exact_expression("Đảng bộ")
    '"Đảng" AND "bộ"'
    >>> exact_expression("dang bo") is None
    True
    """
    try:
        plan = search_plan(query or "")
    except ArchiveError:
        return None
    return plan.match if plan.table == EXACT_INDEX else None


EXACT_FILTER = (f"rowid IN (SELECT rowid FROM {EXACT_INDEX} WHERE {EXACT_INDEX} MATCH "
                "vnnews_exact(:vnnews_search))")


@hookimpl
def filters_from_request(request: Any, database: str, table: str, datasette: Any) -> Any:
    """Datasette's table search (``?_search=``) on ``articles``, narrowed like ``vnnews
    search``: a query typed with diacritics matches them exactly (the built-in search filter
    runs the folded index, through ``escape_fts``)."""
    from datasette.filters import FilterArguments

    search = request.args.get("_search")
    if table != "articles" or not search or exact_expression(search) is None:
        return None
    return FilterArguments([EXACT_FILTER], {"vnnews_search": search})


@hookimpl(trylast=True)
def prepare_connection(conn: sqlite3.Connection) -> None:
    # trylast: Datasette's own plugin defines escape_fts; this definition must come after it.
    conn.create_function("escape_fts", 1, match_expression, deterministic=True)
    conn.create_function("vnnews_match", 1, match_expression, deterministic=True)
    conn.create_function("vnnews_exact", 1, exact_expression, deterministic=True)


def highlighted(text: str) -> Markup:
    """Snippet text with its ``<mark>`` markers as elements and everything else escaped.

    >>> str(highlighted("<mark>Đảng</mark> bộ <script>x</script>"))
    '<mark>Đảng</mark> bộ &lt;script&gt;x&lt;/script&gt;'
    """
    safe = str(escape(text))
    for marker in (MARK_OPEN, MARK_CLOSE):
        safe = safe.replace(str(escape(marker)), marker)
    return Markup(safe)


# ---- cells ----

def article_links(datasette: Any, url: str) -> dict[str, str]:
    """Where a researcher goes from an article: its view history, related stories, raw page."""
    quoted = urllib.parse.quote(url, safe="")
    database = datasette.get_database().name
    return {
        "view history": datasette.urls.path(f"/-/dashboards/article?url={quoted}"),
        "related stories": datasette.urls.table(database, "related_articles")
        + f"?article_url={quoted}",
        "linked from": datasette.urls.table(database, "related_articles") + f"?url={quoted}",
        "raw page": datasette.urls.path(f"/-/vnnews/page?url={quoted}"),
    }


def title_cell(datasette: Any, title: str, url: str) -> Markup:
    links = " · ".join(f'<a href="{escape(href)}">{escape(label)}</a>'
                       for label, href in article_links(datasette, url).items())
    return Markup(f'{escape(title)}<br><span class="vnnews-links">{links}</span>')


@hookimpl
def render_cell(row: Any, value: Any, column: str, table: str | None,
                datasette: Any) -> Markup | None:
    if isinstance(value, str) and MARK_OPEN in value:
        return highlighted(value)
    columns = row.keys() if hasattr(row, "keys") else ()
    # Article rows: the articles table, and queries over it (search, most viewed) that
    # select the title with the URL.
    if (column == "title" and table in (None, "articles") and "url" in columns
            and isinstance(value, str) and isinstance(row["url"], str)):
        return title_cell(datasette, value, row["url"])
    return None


# ---- the raw page ----

async def raw_page(request: Any, datasette: Any) -> Response:
    """``/-/vnnews/page?url=URL[&sha256=HEX][&download=1]``: an archived response body.

    Shown as HTML under RAW_PAGE_POLICY, decoded as the crawler decoded it; ``download=1``
    gives the stored bytes as they were served.
    """
    url = request.args.get("url")
    if not url:
        return Response.text("url= is required", status=400)
    sql = ("SELECT sha256, content_type, body FROM pages WHERE url = :url "
           "AND (:sha256 IS NULL OR sha256 = :sha256) ORDER BY fetched_at DESC LIMIT 1")
    rows = (await datasette.get_database().execute(
        sql, {"url": url, "sha256": request.args.get("sha256")})).rows
    if not rows:
        return Response.text(f"no archived page for {url}", status=404)
    sha256, content_type, compressed = rows[0]
    try:
        body = zlib.decompress(compressed)
    except zlib.error:
        return Response.text(f"the archived page for {url} is damaged", status=500)
    if request.args.get("download"):
        return Response(body, content_type="application/octet-stream", headers={
            "Content-Disposition": f'attachment; filename="{sha256[:16]}.html"'})
    from crawler.extract.document import decode_html

    return Response.html(decode_html(body, content_type), headers={
        "Content-Security-Policy": RAW_PAGE_POLICY, "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer"})


async def stylesheet(request: Any) -> Response:
    return Response(STYLESHEET.read_text(encoding="utf-8"), content_type="text/css; charset=utf-8")


@hookimpl
def extra_css_urls(datasette: Any) -> list[str]:
    return [datasette.urls.path("/-/vnnews/vnnews.css")]


@hookimpl
def register_routes() -> list[tuple[str, Callable]]:
    return [(r"^/-/vnnews/page$", raw_page), (r"^/-/vnnews/vnnews\.css$", stylesheet)]


# ---- facets ----

class MonthFacet(Facet):
    """``{"month": "published_at"}``: articles per calendar month, newest first; selecting a
    month filters with ``published_at__startswith=YYYY-MM``."""

    type = "month"

    async def facet_results(self) -> tuple[list[dict], list[str]]:
        results, timed_out = [], []
        args = dict(self.get_querystring_pairs())
        size = self.get_facet_size()
        for source_and_config in self.get_configs():
            config = source_and_config["config"]
            column = config.get("column") or config["simple"]
            month = f"substr({escape_sqlite(column)}, 1, 7)"
            sql = (f"SELECT {month} AS value, count(*) AS count FROM ({self.sql}) "
                   f"WHERE {escape_sqlite(column)} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' "
                   f"GROUP BY value ORDER BY value DESC LIMIT {size + 1}")
            try:
                rows = (await self.ds.execute(
                    self.database, sql, self.params, truncate=False,
                    custom_time_limit=self.ds.setting("facet_time_limit_ms"))).rows
            except QueryInterrupted:
                timed_out.append(column)
                continue
            key = f"{column}__startswith"
            values = []
            for row in rows[:size]:
                selected = args.get(key) == row["value"]
                change = path_with_removed_args if selected else path_with_added_args
                values.append({
                    "value": row["value"], "label": row["value"], "count": row["count"],
                    "selected": selected,
                    "toggle_url": self.ds.absolute_url(
                        self.request, change(self.request, {key: row["value"]})),
                })
            results.append({
                "name": column, "type": self.type, "results": values,
                "hideable": source_and_config["source"] != "metadata",
                "toggle_url": path_with_removed_args(self.request, {"_facet_month": column}),
                "truncated": len(rows) > size,
            })
        return results, timed_out


@hookimpl
def register_facet_classes() -> list[type]:
    return [MonthFacet]


# ---- templates ----

def research_first(tables: list[dict]) -> list[dict]:
    """The database page's tables, research tables first (its SQL box opens on the first)."""
    def key(table: dict) -> tuple:
        name = table["name"]
        known = TABLE_ORDER.index(name) if name in TABLE_ORDER else len(TABLE_ORDER)
        return (table.get("hidden", False), known, name)
    return sorted(tables, key=key)


CITATION_SQL = ("SELECT url, site, title, authors, source, published_at, first_seen, "
                "content_hash FROM articles")


def citation(row: Any) -> dict[str, Any]:
    """An article row as the citation template reads it (authors decoded)."""
    found = dict(row)
    found["authors"] = json.loads(found["authors"] or "[]")
    return found


async def archive_glance(datasette: Any) -> dict[str, Any]:
    """Per site: articles and the span of their publication dates; the totals; the latest
    article (the landing page's citation example)."""
    db = datasette.get_database()
    sites = [dict(r) for r in (await db.execute("""
        SELECT site, count(*) AS articles, min(published_at) AS oldest,
               max(published_at) AS newest, max(last_seen) AS last_fetched
        FROM articles GROUP BY site ORDER BY articles DESC, site""")).rows]
    totals = dict((await db.execute("""
        SELECT count(*) AS articles, min(published_at) AS oldest, max(published_at) AS newest,
               (SELECT count(*) FROM article_views) AS view_snapshots,
               (SELECT count(*) FROM crawl_runs) AS crawls
        FROM articles""")).rows[0])
    latest = (await db.execute(
        CITATION_SQL + " ORDER BY published_at DESC LIMIT 1")).rows
    return {"sites": sites, **totals, "database": db.name,
            "latest": citation(latest[0]) if latest else None}


async def article_citation(datasette: Any, request: Any) -> dict[str, Any] | None:
    """The row page's article, for its citation and links."""
    from datasette.utils import tilde_decode

    url = tilde_decode(request.url_vars.get("pks", ""))
    rows = (await datasette.get_database().execute(CITATION_SQL + " WHERE url = ?",
                                                   [url])).rows
    if not rows:
        return None
    return {**citation(rows[0]), "links": article_links(datasette, url)}


def table_guide() -> list[tuple[str, str]]:
    """(table, what it holds) for the landing page, in reading order, internal tables left out."""
    from crawler.archive.browse import TABLES

    shown = [name for name, meta in TABLES.items() if not meta.get("hidden")]
    return [(name, TABLES[name]["description"]) for name in research_order(shown)]


def research_order(names: list[str]) -> list[str]:
    return sorted(names, key=lambda n: (TABLE_ORDER.index(n) if n in TABLE_ORDER
                                        else len(TABLE_ORDER), n))


@hookimpl
def extra_template_vars(view_name: str, table: str | None, request: Any,
                        datasette: Any) -> Callable:
    async def extra() -> dict[str, Any]:
        found: dict[str, Any] = {"research_first": research_first}
        if view_name == "index":
            found["glance"] = await archive_glance(datasette)
            found["table_guide"] = table_guide()
        if view_name == "row" and table == "articles" and request is not None:
            found["article"] = await article_citation(datasette, request)
        return found
    return extra
