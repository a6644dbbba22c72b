"""The ``vnnews`` command line: crawl, extract, search, stats, sites.

User mistakes (unknown site, unreadable file, bad date, malformed query) end with one line on
stderr, ``vnnews: error: ...``, and exit status 2; a crawl that archives nothing exits 1.
"""

from __future__ import annotations

import json
import os
import sys
from contextlib import ExitStack
from pathlib import Path
from typing import Any, Sequence

import click

DEFAULT_DB = "data/news.db"


class UserError(click.ClickException):
    exit_code = 2


def fail(message: str) -> UserError:
    return UserError(message)


def db_option(func: Any) -> Any:
    return click.option("--db", "db_path", default=DEFAULT_DB, show_default=True,
                        envvar="VNNEWS_DB", help="SQLite archive file.")(func)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="vnnews")
def cli() -> None:
    """vnnews: crawl Vietnamese provincial news sites into a SQLite archive."""


# ---------------------------------------------------------------- crawl

@cli.command()
@click.argument("sites", nargs=-1)
@db_option
@click.option("--replay", type=click.Path(file_okay=False), metavar="DIR",
              help="Serve saved pages from DIR on a local server instead of the live site.")
@click.option("--since", metavar="DATE", help="Skip articles published before DATE.")
@click.option("--max-articles", type=click.IntRange(min=1), metavar="N",
              help="Fetch at most N article pages per site.")
@click.option("--log-level", default="WARNING", show_default=True,
              type=click.Choice(["DEBUG", "INFO", "WARNING", "ERROR"], case_sensitive=False))
@click.option("--log-file", type=click.Path(dir_okay=False), help="Write Scrapy's log here.")
@click.option("--quiet", "-q", is_flag=True, help="Print nothing unless something fails.")
def crawl(sites: Sequence[str], db_path: str, replay: str | None, since: str | None,
          max_articles: int | None, log_level: str, log_file: str | None, quiet: bool) -> None:
    """Crawl SITES (profile names, see `vnnews sites`) into the archive.

    \b
    Examples:
      vnnews crawl thaibinhtv --replay tests/fixtures/thaibinhtv
      vnnews crawl thaibinhtv --since 2024-01-01 --max-articles 200
    """
    from crawler.crawl import run_crawl
    from crawler.sites import UnknownSite, get_profile
    from crawler.spiders.news import parse_since

    if not sites:
        raise fail("name at least one site to crawl (see `vnnews sites`)")
    try:
        profiles = [get_profile(name) for name in sites]
        parse_since(since)
    except UnknownSite as exc:
        raise fail(str(exc)) from None
    except ValueError as exc:
        raise fail(str(exc)) from None
    if replay and not Path(replay).is_dir():
        raise fail(f"replay directory not found: {replay}")
    results = run_crawl(profiles, db_path=db_path, replay=replay, since=since,
                        max_articles=max_articles, log_level=log_level.upper(),
                        log_file=log_file, progress=not quiet)
    failed = [r for r in results if not r.ok]
    if not quiet or failed:
        from crawler.report import crawl_summary
        click.echo(crawl_summary(results, db_path))
    if failed:
        for r in failed:
            click.echo(f"vnnews: {r.site}: {r.problem}", err=True)
        sys.exit(1)


# ---------------------------------------------------------------- extract

@cli.command()
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--url", help="The URL the page was fetched from (default: meta.json beside FILE).")
@click.option("--fetched-at", metavar="ISO", help="Fetch time, the clock for '2 giờ trước'.")
@click.option("--content-type", help="The page's Content-Type header, if known.")
def extract(file: str, url: str | None, fetched_at: str | None,
            content_type: str | None) -> None:
    """Print the Article JSON of a saved page.

    \b
    Example:
      vnnews extract tests/fixtures/thaibinhtv/seed-2020-05-28/page.html \\
          --url https://thaibinhtv.vn/tin-tuc/thoi-su/phat-trien-cong-nghiep-thuong-mai-hien-dai-30512.html
    """
    from crawler.extract import extract_article

    try:
        html = Path(file).read_bytes()
    except OSError as exc:
        raise fail(f"cannot read {file}: {exc.strerror}") from None
    meta_path = Path(file).with_name("meta.json")
    if meta_path.exists() and (url is None or fetched_at is None):
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
        except ValueError:
            meta = {}
        url = url or meta.get("url")
        fetched_at = fetched_at or meta.get("fetched_at")
        content_type = content_type or (meta.get("headers") or {}).get("Content-Type")
    if not url:
        raise fail("give the page's URL with --url")
    if not url.startswith(("http://", "https://")):
        raise fail(f"not an http(s) URL: {url}")
    try:
        article = extract_article(html, url, fetched_at=fetched_at, content_type=content_type)
    except ValueError as exc:
        raise fail(f"cannot extract {file}: {exc}") from None
    click.echo(json.dumps(article.to_dict(), ensure_ascii=False, indent=2))


# ---------------------------------------------------------------- search, stats, sites

def open_existing(db_path: str) -> Any:
    from crawler.storage import Archive, ArchiveError

    if not Path(db_path).is_file():
        raise fail(f"no archive at {db_path} (run `vnnews crawl` first, or pass --db)")
    try:
        return Archive(db_path)
    except ArchiveError as exc:
        raise fail(str(exc)) from None


@cli.command()
@click.argument("query")
@db_option
@click.option("--site", help="Only this site.")
@click.option("--limit", default=20, show_default=True, type=click.IntRange(min=1))
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
def search(query: str, db_path: str, site: str | None, limit: int, as_json: bool) -> None:
    """Full-text search, with or without diacritics.

    \b
    Examples:
      vnnews search "dai hoi dang bo"
      vnnews search "Đảng bộ" --site thaibinhtv --json
      vnnews search '"công nghiệp" thương*'
    """
    from crawler.storage import ArchiveError

    with open_existing(db_path) as archive:
        try:
            hits = archive.search(query, site=site, limit=limit)
        except ArchiveError as exc:
            raise fail(str(exc)) from None
    if as_json:
        for hit in hits:
            click.echo(json.dumps(hit, ensure_ascii=False))
        return
    if not hits:
        click.echo(f"no articles match {query!r}", err=True)
        return
    for hit in hits:
        click.echo(f"{hit['title']}\n  {hit['site']} · {hit['published_at'] or 'no date'}"
                   f" · {hit['url']}\n  {hit['snippet']}\n")


@cli.command()
@db_option
@click.option("--json", "as_json", is_flag=True)
def stats(db_path: str, as_json: bool) -> None:
    """Per site: articles, date range, field coverage, last crawl."""
    from crawler.report import stats_table

    with open_existing(db_path) as archive:
        rows = archive.site_stats()
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        click.echo(stats_table(rows, db_path))


@cli.command()
def sites() -> None:
    """List the site profiles."""
    from crawler.sites import all_profiles

    for name, profile in sorted(all_profiles().items()):
        click.echo(f"{name:<16} {', '.join(profile.domains):<28} {profile.description}")


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point: click, with every user error reduced to one line."""
    try:
        cli.main(args=list(argv) if argv is not None else None, prog_name="vnnews",
                 standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("vnnews: interrupted", err=True)
        return 130
    except click.ClickException as exc:
        click.echo(f"vnnews: error: {exc.format_message()}", err=True)
        return exc.exit_code
    except SystemExit as exc:
        return int(exc.code or 0)
    except KeyboardInterrupt:
        click.echo("vnnews: interrupted", err=True)
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
