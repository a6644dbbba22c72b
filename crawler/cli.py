"""The ``vnnews`` command line: crawl, extract, record, search, views, stats, reparse, export,
import-warc, serve, sites.

User mistakes (unknown site, unreadable file, bad date, malformed query) end with one line on
stderr, ``vnnews: error: ...``, and exit status 2; an unhealthy crawl (crawler.crawling.monitor) exits 1.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
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
@click.option("--all", "all_sites", is_flag=True, help="Crawl every site profile.")
@click.option("--start-url", "start_urls", multiple=True, metavar="URL",
              help="Crawl a site that has no profile from this page (repeatable); its "
                   "articles are archived under the host name.")
@db_option
@click.option("--replay", type=click.Path(file_okay=False), metavar="DIR",
              help="Serve saved pages from DIR on a local server instead of the live site.")
@click.option("--since", metavar="DATE", help="Skip articles published before DATE.")
@click.option("--max-articles", type=click.IntRange(min=1), metavar="N",
              help="Fetch at most N article pages per site.")
@click.option("--refresh-days", type=click.IntRange(min=0), metavar="N",
              help="Re-fetch archived articles published in the last N days (new view counts).")
@click.option("--refetch", is_flag=True,
              help="Re-fetch every archived article the listings show, not only new ones.")
@click.option("--resumable", is_flag=True,
              help="Keep the crawl's queue in data/jobs/SITE: after Ctrl-C (or a crash), the "
                   "same command resumes it.")
@click.option("--log-level", default="WARNING", show_default=True,
              type=click.Choice(["DEBUG", "INFO", "WARNING", "ERROR"], case_sensitive=False))
@click.option("--log-file", type=click.Path(dir_okay=False), help="Write Scrapy's log here.")
@click.option("--quiet", "-q", is_flag=True, help="Print nothing unless something fails.")
@click.option("--set", "-s", "overrides", multiple=True, metavar="NAME=VALUE",
              help="Override a Scrapy setting, e.g. -s DOWNLOAD_TIMEOUT=60.")
def crawl(sites: Sequence[str], all_sites: bool, start_urls: Sequence[str], db_path: str,
          replay: str | None,
          since: str | None, max_articles: int | None, refresh_days: int | None, refetch: bool,
          resumable: bool, log_level: str, log_file: str | None, quiet: bool,
          overrides: Sequence[str]) -> None:
    """Crawl SITES (profile names, see `vnnews sites`) into the archive.

    Only articles not yet archived are fetched (plus --refresh-days). Exit status: 0 healthy,
    1 when a site looks broken (nothing found, too many pages dropped, a field's coverage under
    its threshold, a selector no longer matching), 2 for a usage mistake.

    \b
    Examples:
      vnnews crawl thaibinhtv --replay tests/fixtures/thaibinhtv
      vnnews crawl thaibinhtv --since 2024-01-01 --max-articles 200
      vnnews crawl --all --refresh-days 7 --quiet --log-file data/crawl.log
      vnnews crawl --start-url https://baohungyen.vn/kinh-te/ --max-articles 100
    """
    from crawler.crawling.runner import run_crawl
    from crawler.sites import UnknownSite, all_profiles, get_profile
    from crawler.crawling.spiders.news import parse_since

    if all_sites:
        sites = sorted(all_profiles())
    if not sites and not start_urls:
        raise fail("name at least one site to crawl, --all, or --start-url URL "
                   "(see `vnnews sites`)")
    for url in start_urls:
        if not url.startswith(("http://", "https://")):
            raise fail(f"not an http(s) URL: {url}")
    try:
        profiles = [get_profile(name) for name in dict.fromkeys(sites)]
        parse_since(since)
    except UnknownSite as exc:
        raise fail(str(exc)) from None
    except ValueError as exc:
        raise fail(str(exc)) from None
    if replay and not Path(replay).is_dir():
        raise fail(f"replay directory not found: {replay}")
    settings = {}
    for item in overrides:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise fail(f"--set takes NAME=VALUE, not {item!r}")
        settings[name.strip()] = value
    jobdir = str(Path(db_path).parent / "jobs") if resumable else None
    results = run_crawl(profiles, db_path=db_path, start_urls=start_urls, replay=replay,
                        since=since,
                        max_articles=max_articles, refresh_days=refresh_days, refetch=refetch,
                        jobdir=jobdir, log_level=log_level.upper(), log_file=log_file,
                        progress=not quiet, overrides=settings)
    failed = [r for r in results if not r.ok]
    if not quiet or failed:
        from crawler.report import crawl_summary
        click.echo(crawl_summary(results, db_path))
    if failed:
        for r in failed:
            for problem in r.problems:
                click.echo(f"vnnews: {r.site}: {problem}", err=True)
        sys.exit(1)


# ---------------------------------------------------------------- extract

@cli.command()
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--url", help="The URL the page was fetched from (default: meta.json beside FILE).")
@click.option("--fetched-at", metavar="ISO", help="Fetch time, the clock for '2 giờ trước'.")
@click.option("--content-type", help="The page's Content-Type header, if known.")
@click.option("--explain", is_flag=True,
              help="Print each field's value and the layer that produced it (site, metadata, "
                   "heuristic) instead of JSON, then the candidates each field rejected and "
                   "why: what you need when writing a profile or checking a wrong choice.")
def extract(file: str, url: str | None, fetched_at: str | None,
            content_type: str | None, explain: bool) -> None:
    """Print the Article JSON of a saved page (the site's profile if its host has one, else
    the generic path).

    \b
    Examples:
      vnnews extract tests/fixtures/thaibinhtv/seed-2020-05-28/page.html \\
          --url https://thaibinhtv.vn/tin-tuc/thoi-su/phat-trien-cong-nghiep-thuong-mai-hien-dai-30512.html
      vnnews extract saved.html --url https://baohungyen.vn/... --explain
    """
    from crawler.extract import explain_page, extract_article

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
    rejected: list = []
    try:
        if explain:
            article, rejected = explain_page(html, url, fetched_at=fetched_at,
                                             content_type=content_type)
        else:
            article = extract_article(html, url, fetched_at=fetched_at, content_type=content_type)
    except ValueError as exc:
        raise fail(f"cannot extract {file}: {exc}") from None
    if explain:
        from crawler.report import explain_article
        click.echo(explain_article(article.to_dict(), rejected))
        return
    click.echo(json.dumps(article.to_dict(), ensure_ascii=False, indent=2))


@cli.command()
@click.argument("url")
@click.option("--site", help="Fixture folder name (default: the URL's profile, else generic).")
@click.option("--case", help="Case folder name (default: from the URL).")
@click.option("--fixtures", default="tests/fixtures", show_default=True,
              type=click.Path(file_okay=False), help="Where fixture cases live.")
@click.option("--force", is_flag=True, help="Replace an existing case.")
def record(url: str, site: str | None, case: str | None, fixtures: str, force: bool) -> None:
    """Save a live page as a fixture case (page.html, meta.json, expected.json).

    expected.json holds what the extractor says today: read it against the page and correct
    it by hand before committing; it becomes the golden file.

    \b
    Example:
      vnnews record https://baothaibinh.com.vn/tin-tuc/4/201234/... --case no-views
    """
    from crawler.crawling.record import RecordError, record as record_page

    if not url.startswith(("http://", "https://")):
        raise fail(f"not an http(s) URL: {url}")
    try:
        recorded = record_page(url, Path(fixtures), site=site, case=case, force=force)
    except RecordError as exc:
        raise fail(str(exc)) from None
    click.echo(f"recorded {recorded.url}\n  -> {recorded.path}/ ({recorded.title!r})\n"
               f"  review {recorded.path}/expected.json by hand before committing it")


# ---------------------------------------------------------------- search, stats, sites

def open_existing(db_path: str) -> Any:
    from crawler.archive.storage import Archive, ArchiveError

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
@click.option("--since", metavar="DATE", help="Published on or after DATE.")
@click.option("--until", metavar="DATE", help="Published on or before DATE.")
@click.option("--author", help="Only articles by this author (accents and case optional).")
@click.option("--limit", default=20, show_default=True, type=click.IntRange(min=1))
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
def search(query: str, db_path: str, site: str | None, since: str | None, until: str | None,
           author: str | None, limit: int, as_json: bool) -> None:
    """Full-text search, with or without diacritics.

    \b
    Examples:
      vnnews search "dai hoi dang bo"
      vnnews search "Đảng bộ" --site thaibinhtv --json
      vnnews search '"công nghiệp" thương*' --since 2020-01-01 --until 2020-12-31
      vnnews search "nong nghiep" --author "duy huy"
    """
    from crawler.archive.storage import ArchiveError

    bounds = date_bounds(since, until)
    with open_existing(db_path) as archive:
        try:
            hits = archive.search(query, site=site, author=author, limit=limit, **bounds)
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


def date_bounds(since: str | None, until: str | None) -> dict[str, str | None]:
    """--since/--until as ISO strings comparable with ``published_at`` (until: end of day)."""
    from crawler.normalize.bounds import parse_date_bound

    try:
        return {"since": parse_date_bound(since).isoformat() if since else None,
                "until": parse_date_bound(until, end=True).isoformat() if until else None}
    except ValueError as exc:
        raise fail(str(exc)) from None


@cli.command()
@click.argument("url")
@db_option
@click.option("--json", "as_json", is_flag=True)
def views(url: str, db_path: str, as_json: bool) -> None:
    """The view-count history of one article.

    \b
    Example:
      vnnews views https://thaibinhtv.vn/tin-tuc/thoi-su/phat-trien-cong-nghiep-thuong-mai-hien-dai-30512.html
    """
    from crawler.normalize.urls import strip_tracking

    with open_existing(db_path) as archive:
        key = strip_tracking(url)
        if not archive.has_article(key):
            raise fail(f"no archived article at {url}")
        history = archive.view_history(key)
    if as_json:
        click.echo(json.dumps({"url": key, "views": history}, ensure_ascii=False))
        return
    if not history:
        click.echo(f"{key}: no view counts recorded (the page prints none)")
    for point in history:
        click.echo(f"{point['seen_at']}  {point['views']:>10,}".replace(",", "."))


@cli.command()
@db_option
@click.option("--site", help="Only this site.")
def reparse(db_path: str, site: str | None) -> None:
    """Re-extract every archived page with the current extractor (no network).

    \b
    Example:
      vnnews reparse --site thaibinhtv
    """
    from crawler.archive.reparse import reparse_archive

    with open_existing(db_path) as archive:
        report = reparse_archive(archive, site=site, on_progress=lambda r: click.echo(
            f"… {r.articles} articles, {r.changed} changed", err=True))
    click.echo(f"{report.articles} articles reparsed, {report.changed} changed"
               + (f", {report.without_page} without a raw page" if report.without_page else "")
               + (f", {report.failed} no longer extractable (kept)" if report.failed else ""))
    for name, count in report.fields.most_common():
        click.echo(f"  {name:<14} {count}")


@cli.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "warc"]), required=True)
@click.option("--out", type=click.Path(dir_okay=False), help="Output file (default: stdout; "
              "required for warc).")
@click.option("--site", help="Only this site.")
@click.option("--since", metavar="DATE", help="Published on or after DATE (jsonl, csv).")
@click.option("--until", metavar="DATE", help="Published on or before DATE (jsonl, csv).")
def export(db_path: str, fmt: str, out: str | None, site: str | None, since: str | None,
           until: str | None) -> None:
    """Export articles (JSON Lines, CSV) or the raw pages (WARC/1.1), streaming.

    \b
    Examples:
      vnnews export --format jsonl --site thaibinhtv --out thaibinhtv.jsonl
      vnnews export --format csv --since 2024-01-01 > 2024.csv
      vnnews export --format warc --out archive.warc.gz
    """
    from crawler.archive.export import write_csv, write_jsonl

    bounds = date_bounds(since, until)
    if fmt == "warc" and not out:
        raise fail("a WARC export needs --out FILE.warc.gz")
    with open_existing(db_path) as archive:
        try:
            if fmt == "warc":
                from crawler.archive.warc import export_warc
                with open(out, "wb") as stream:
                    count = export_warc(archive.iter_pages(site=site), stream)
            else:
                writer = write_jsonl if fmt == "jsonl" else write_csv
                rows = archive.iter_articles(site=site, **bounds)
                with (open(out, "w", encoding="utf-8", newline="") if out
                      else contextlib.nullcontext(sys.stdout)) as stream:
                    count = writer(rows, stream)
        except BrokenPipeError:
            # `vnnews export ... | head`: the reader has all it wanted.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return
        except OSError as exc:
            raise fail(f"cannot write {out}: {exc.strerror}") from None
    what = "pages" if fmt == "warc" else "articles"
    click.echo(f"exported {count} {what}" + (f" to {out}" if out else ""), err=True)


@cli.command("import-warc")
@click.argument("file", type=click.Path(dir_okay=False))
@db_option
def import_warc_command(file: str, db_path: str) -> None:
    """Extract every HTML response of a WARC file into the archive.

    \b
    Example:
      vnnews import-warc collection.warc.gz --db data/news.db
    """
    from warcio.exceptions import ArchiveLoadFailed

    from crawler.archive.storage import Archive, ArchiveError
    from crawler.archive.warc import NotAWarc, check_warc_start, import_warc

    try:
        stream = open(file, "rb")
    except OSError as exc:
        raise fail(f"cannot read {file}: {exc.strerror}") from None
    try:
        with stream:
            check_warc_start(stream)  # before creating an archive for nothing
            with Archive(db_path) as archive:
                report = import_warc(stream, archive)
    except (ArchiveLoadFailed, NotAWarc) as exc:
        raise fail(f"{file} is not a WARC file: {str(exc).strip().splitlines()[0]}") from None
    except ArchiveError as exc:
        raise fail(str(exc)) from None
    click.echo(f"{report.responses} responses: {report.stored} articles stored, "
               f"{report.skipped_not_article} not articles, "
               f"{report.skipped_not_html} not HTML or not 200")


@cli.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8001, show_default=True, type=int)
def serve(db_path: str, host: str, port: int) -> None:
    """Browse the archive in Datasette (pip install -e .[browse]).

    \b
    Example:
      vnnews serve --port 8001    # then open http://127.0.0.1:8001/news
    """
    import importlib.util
    import subprocess
    import tempfile

    from crawler.archive.browse import datasette_metadata

    if importlib.util.find_spec("datasette") is None:
        raise fail('Datasette is not installed: pip install -e ".[browse]"')
    open_existing(db_path).close()
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as meta:
        json.dump(datasette_metadata(db_path), meta, ensure_ascii=False)
    command = [sys.executable, "-m", "datasette", "serve", db_path, "--metadata", meta.name,
               "--host", host, "--port", str(port), "--setting", "sql_time_limit_ms", "5000"]
    try:
        sys.exit(subprocess.call(command))
    finally:
        os.unlink(meta.name)


@cli.command()
@db_option
@click.option("--runs", default=3, show_default=True, type=click.IntRange(min=0),
              help="Show this many recent crawls per site (0: none).")
@click.option("--json", "as_json", is_flag=True)
def stats(db_path: str, runs: int, as_json: bool) -> None:
    """Per site: articles, date range, field coverage, last crawl; then the recent crawls
    with their health, so coverage over time shows a redesign coming."""
    from crawler.report import runs_table, stats_table

    with open_existing(db_path) as archive:
        rows = archive.site_stats()
        recent = archive.recent_runs(runs) if runs else []
    if as_json:
        click.echo(json.dumps({"sites": rows, "runs": recent}, ensure_ascii=False, indent=2))
        return
    click.echo(stats_table(rows, db_path))
    if recent:
        click.echo("\nrecent crawls\n" + runs_table(recent))


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
