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


class VnnewsGroup(click.Group):
    """click's group, with a closed output pipe treated as the reader being done."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            # `vnnews search ... | head -1`: head has what it wanted.  click would exit 1;
            # point stdout at /dev/null so the final flush cannot fail either.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return None


@click.group(cls=VnnewsGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="vnnews")
@click.option("--sites-dir", metavar="DIR", type=click.Path(file_okay=False),
              help="Also read site profiles from DIR (where `vnnews add-site --sites-dir DIR` "
                   "wrote them); the VNNEWS_SITES_DIR environment variable does the same.")
def cli(sites_dir: str | None) -> None:
    """vnnews: crawl Vietnamese provincial news sites into a SQLite archive."""
    if sites_dir:
        from crawler.sites import SITES_DIR_ENV, all_profiles

        os.environ[SITES_DIR_ENV] = os.pathsep.join(
            [sites_dir, *filter(None, [os.environ.get(SITES_DIR_ENV)])])
        all_profiles.cache_clear()


# ---------------------------------------------------------------- crawl

@cli.command()
@click.argument("sites", nargs=-1)
@click.option("--all", "all_sites", is_flag=True,
              help="Crawl every site profile and every outlet domain of `vnnews sites` (those "
                   "without a profile from their home page); with --replay, only those DIR has "
                   "a saved start page for.")
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
              help="Accepted for old command lines: every crawl now resumes where the last "
                   "one stopped (the frontier in the archive).")
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
    from crawler.crawling.replay import ReplayError
    from crawler.crawling.runner import SettingError, check_setting, run_crawl
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
    if all_sites:
        profiles, start_urls = all_crawl_targets(profiles, start_urls, replay)
    settings = {}
    for item in overrides:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise fail(f"--set takes NAME=VALUE, not {item!r}")
        try:
            check_setting(name.strip(), value)
        except SettingError as exc:
            raise fail(str(exc)) from None
        settings[name.strip()] = value
    check_archive_for_crawl(db_path)
    try:
        results = run_crawl(profiles, db_path=db_path, start_urls=start_urls, replay=replay,
                            since=since,
                            max_articles=max_articles, refresh_days=refresh_days,
                            refetch=refetch, log_level=log_level.upper(),
                            log_file=log_file, progress=not quiet, overrides=settings)
    except ReplayError as exc:  # raised while loading the saved pages, before the engine
        raise fail(str(exc)) from None
    for r in results:
        if r.skipped:  # an overlapping scheduled run: nothing failed, nothing fetched twice
            click.echo(f"vnnews: {r.site}: skipped, another crawl of this site into {db_path} "
                       f"is running", err=True)
    results = [r for r in results if not r.skipped]
    failed = [r for r in results if not r.ok]
    if results and (not quiet or failed):
        from crawler.report import crawl_summary
        click.echo(crawl_summary(results, db_path))
    interrupted = [r.site for r in results if r.finish_reason == "interrupted"]
    if interrupted:
        click.echo(f"vnnews: interrupted: the crawl of {', '.join(interrupted)} stopped before "
                   f"it finished (a second Ctrl-C or SIGTERM); recorded as interrupted in "
                   f"{db_path}", err=True)
        sys.exit(130)
    if failed:
        for r in failed:
            for problem in r.problems:
                click.echo(f"vnnews: {r.site}: {problem}", err=True)
        sys.exit(1)


def all_crawl_targets(profiles: Sequence[Any], start_urls: Sequence[str],
                      replay: str | None) -> tuple[list[Any], list[str]]:
    """What `vnnews crawl --all` crawls: every profile, plus the home page of every outlet domain
    without a profile (crawler/sites/provinces.toml), crawled through the generic layers.

    Under --replay only the sites whose start page DIR holds are crawled, so a replay of some
    saved sites is not a failed crawl of all the others.
    """
    from crawler.sites.provinces import generic_outlets

    homes = list(dict.fromkeys(o.home for o in generic_outlets()))
    if replay:
        from crawler.crawling.replay import load_saved_pages
        from crawler.normalize.urls import strip_tracking

        saved = set(load_saved_pages(replay))
        profiles = [p for p in profiles if any(strip_tracking(u) in saved for u in p.start_urls)]
        homes = [u for u in homes if strip_tracking(u) in saved]
    return list(profiles), list(dict.fromkeys([*start_urls, *homes]))


# ---------------------------------------------------------------- add-site

@cli.command("add-site")
@click.argument("url")
@click.option("--name", help="Profile name (default: from the host, baosongxanh.vn -> "
                             "baosongxanh).")
@click.option("--out", "out_dir", type=click.Path(file_okay=False), metavar="DIR",
              help="Write the profile into DIR (default: the first VNNEWS_SITES_DIR "
                   "directory, else crawler/sites/); crawl it with "
                   "`vnnews --sites-dir DIR crawl NAME`.")
@click.option("--force", is_flag=True, help="Replace an existing profile of that name.")
@click.option("--replay", type=click.Path(file_okay=False), metavar="DIR",
              help="Serve saved pages from DIR on a local server instead of the live site.")
@click.option("--max-pages", default=40, show_default=True, type=click.IntRange(min=5),
              help="Fetch at most this many pages (robots.txt, sitemaps, feeds, samples).")
@click.option("--set", "-s", "overrides", multiple=True, metavar="NAME=VALUE",
              help="Override a Scrapy setting, e.g. -s DOWNLOAD_DELAY=2.")
def add_site(url: str, name: str | None, out_dir: str | None, force: bool, replay: str | None,
             max_pages: int, overrides: Sequence[str]) -> None:
    """Survey a site from its home page and write a discovery-only profile for it.

    Fetches robots.txt, the sitemaps, the feeds and the home page (robots.txt obeyed, one
    polite crawl of at most --max-pages pages), groups the site's addresses by shape, reads a
    few pages of each group, and writes crawler/sites/NAME.py: domains, start URLs, the
    article URL pattern, feeds, the discovery sources that found articles; every field is
    left to the generic layers. Then prints what it found and a sample extraction.

    \b
    Examples:
      vnnews add-site https://baothaibinh.com.vn/
      vnnews add-site https://baosongxanh.vn/ --name songxanh --out my-sites
      vnnews --sites-dir my-sites crawl songxanh --max-articles 20
    """
    import re
    from datetime import datetime

    from crawler.crawling.addsite import home_of, survey_site
    from crawler.discovery.survey import default_name, plan_profile, render_profile
    from crawler.report import add_site_report
    from crawler.sites import all_profiles, profile_dirs

    if not url.startswith(("http://", "https://")):
        raise fail(f"not an http(s) URL: {url}")
    home = home_of(url)
    name = name or default_name(home)
    if not re.fullmatch(r"[a-z][a-z0-9_]*", name):
        raise fail(f"a profile name is lower-case letters, digits and _, not {name!r}")
    out = Path(out_dir) if out_dir else (profile_dirs() or [Path(__file__).parent / "sites"])[0]
    target = out / f"{name}.py"
    existing = all_profiles().get(name)
    if (target.exists() or existing) and not force:
        raise fail(f"a profile named {name!r} exists already"
                   + (f" ({target})" if target.exists() else "") + ": pass --force to replace it")
    if replay and not Path(replay).is_dir():
        raise fail(f"replay directory not found: {replay}")
    settings = parse_overrides(overrides)
    survey = survey_site(home, replay=replay, max_pages=max_pages, overrides=settings)
    plan = plan_profile(survey.findings, name)
    click.echo(add_site_report(plan, survey))
    if plan.article_url is None:
        click.echo(f"vnnews: {home}: no group of addresses reads as articles: no profile "
                   f"written (try a section page's URL, or write the profile by hand)", err=True)
        sys.exit(1)
    out.mkdir(parents=True, exist_ok=True)
    target.write_text(render_profile(plan, home, datetime.now()), encoding="utf-8")
    where = f"vnnews --sites-dir {out} " if out_dir else "vnnews "
    click.echo(f"\nwrote {target}\ntry it: {where}crawl {name} --max-articles 20")


def parse_overrides(overrides: Sequence[str]) -> dict[str, str]:
    settings = {}
    for item in overrides:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise fail(f"--set takes NAME=VALUE, not {item!r}")
        settings[key.strip()] = value
    return settings


def check_archive_for_crawl(db_path: str) -> None:
    """Create or migrate the archive now, so a bad --db (a directory, unreadable, not SQLite,
    damaged, not ours) is one line before the engine starts, not a traceback inside it."""
    from crawler.archive.storage import Archive, ArchiveError

    try:
        Archive(db_path).close()
    except ArchiveError as exc:
        raise fail(str(exc)) from None


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
          --url http://thunghiem.thaibinhtv.vn/news/59/54855/phat-trien-cong-nghiep-thuong-mai-hien-dai
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
    elif article.title and article.body:
        click.echo(json.dumps(article.to_dict(), ensure_ascii=False, indent=2))
    if not (article.title and article.body):
        # What a crawl would drop (no headline or no text): not an article, so no JSON.
        click.echo(f"vnnews: no article found in {file}", err=True)
        sys.exit(1)


def folder_name(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """--site and --case name one folder inside --fixtures, never a path out of it."""
    from crawler.crawling.record import is_folder_name

    if value is not None and not is_folder_name(value):
        raise fail(f"--{param.name} must be one folder name (no '/', '..' or absolute path), "
                   f"not {value!r}")
    return value


@cli.command()
@click.argument("url")
@click.option("--site", callback=folder_name,
              help="Fixture folder name (default: the URL's profile, else generic).")
@click.option("--case", callback=folder_name, help="Case folder name (default: from the URL).")
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

def open_existing(db_path: str, *, write: bool = False) -> Any:
    """The archive at ``db_path``, read-only unless ``write`` (reparse): only crawl, reparse
    and import-warc may create or migrate an archive."""
    from crawler.archive.storage import Archive, ArchiveError

    if not Path(db_path).exists():
        raise fail(f"no archive at {db_path} (run `vnnews crawl` first, or pass --db)")
    try:
        return Archive(db_path, readonly=not write)
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
        check_site(archive, site)
        try:
            hits = archive.search(query, site=site, author=author, limit=limit, **bounds)
        except ArchiveError as exc:
            raise fail(str(exc)) from None
        empty_filter = None if hits else filter_matching_nothing(
            archive, site=site, author=author, since=(since, bounds["since"]),
            until=(until, bounds["until"]))
    if not hits:
        click.echo(f"no articles match {query!r}"
                   + (f": no archived article matches {empty_filter}" if empty_filter else ""),
                   err=True)
    if as_json:
        for hit in hits:
            click.echo(json.dumps(hit, ensure_ascii=False))
        return
    for hit in hits:
        click.echo(f"{hit['title']}\n  {hit['site']} · {hit['published_at'] or 'no date'}"
                   f" · {hit['url']}\n  {hit['snippet']}\n")


def check_site(archive: Any, site: str | None) -> None:
    """An unknown --site is a mistake (a typo, a profile never crawled): say so, exit 2."""
    if site is None:
        return
    known = archive.sites()
    if site not in known:
        raise fail(f"--site {site!r}: no articles from that site in {archive.path} "
                   f"({'sites: ' + ', '.join(known) if known else 'the archive is empty'})")


def filter_matching_nothing(archive: Any, *, site: str | None, author: str | None,
                            since: tuple[str | None, str | None],
                            until: tuple[str | None, str | None]) -> str | None:
    """The first filter that on its own leaves no article, as the user typed it; None when
    each filter alone matches something (the query, or the filters together, found nothing).
    ``since`` and ``until`` are (as typed, as an ISO bound) pairs."""
    candidates = [(f"--author {author!r}", "author", author),
                  (f"--since {since[0]}", "since", since[1]),
                  (f"--until {until[0]}", "until", until[1])]
    for label, name, value in candidates:
        if value is not None and not archive.any_article(site=site, **{name: value}):
            return label + (f" (with --site {site!r})" if site else "")
    return None


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
      vnnews views http://thunghiem.thaibinhtv.vn/news/59/54855/phat-trien-cong-nghiep-thuong-mai-hien-dai
    """
    from crawler.normalize.urls import strip_tracking

    try:
        key = strip_tracking(url)
    except ValueError as exc:
        raise fail(f"not a valid URL: {url} ({exc})") from None
    with open_existing(db_path) as archive:
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

    with open_existing(db_path, write=True) as archive:
        check_site(archive, site)
        report = reparse_archive(archive, site=site, on_progress=lambda r: click.echo(
            f"… {r.articles} articles, {r.changed} changed", err=True))
    click.echo(f"{report.articles} articles reparsed, {report.changed} changed"
               + (f", {report.without_page} without a raw page" if report.without_page else "")
               + (f", {report.failed} no longer extractable (kept)" if report.failed else "")
               + (f", {len(report.unreadable)} raw "
                  f"{'page' if len(report.unreadable) == 1 else 'pages'} unreadable (skipped)"
                  if report.unreadable else ""))
    for name, count in report.fields.most_common():
        click.echo(f"  {name:<14} {count}")
    if report.unreadable:
        for damaged in report.unreadable:
            click.echo(f"vnnews: reparse: {damaged}: skipped", err=True)
        sys.exit(1)


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
    unreadable: list[Any] = []
    with open_existing(db_path) as archive:
        check_site(archive, site)
        try:
            if fmt == "warc":
                from crawler.archive.warc import export_warc
                with open(out, "wb") as stream:
                    count = export_warc(archive.iter_pages(
                        site=site, on_unreadable=unreadable.append), stream)
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
    if unreadable:
        for damaged in unreadable:
            click.echo(f"vnnews: export: {damaged}: skipped", err=True)
        sys.exit(1)


@cli.command("import-warc")
@click.argument("file", type=click.Path(dir_okay=False))
@db_option
@click.option("--overwrite", is_flag=True,
              help="Replace archived articles even with a poorer extraction (fewer fields, "
                   "a much shorter body).")
def import_warc_command(file: str, db_path: str, overwrite: bool) -> None:
    """Extract every HTML response of a WARC file into the archive.

    Incomplete or damaged records (a file cut short, a digest that does not match,
    WARC-Truncated) are skipped and named, and the command exits 1.  An archived article is
    not replaced by a poorer extraction of the same URL unless --overwrite.

    \b
    Example:
      vnnews import-warc collection.warc.gz --db data/news.db
    """
    from crawler.archive.storage import Archive, ArchiveError
    from crawler.archive.warc import NotAWarc, check_warc_start, import_warc
    from crawler.extract.document import MAX_PAGE_BYTES

    try:
        stream = open(file, "rb")
    except OSError as exc:
        raise fail(f"cannot read {file}: {exc.strerror}") from None
    try:
        with stream:
            check_warc_start(stream)  # before creating an archive for nothing
            with Archive(db_path) as archive:
                report = import_warc(stream, archive, overwrite=overwrite)
    except NotAWarc as exc:
        raise fail(f"{file} is not a WARC file: {exc}") from None
    except ArchiveError as exc:
        raise fail(str(exc)) from None
    click.echo(f"{report.responses} responses: {report.stored} articles stored, "
               f"{report.skipped_not_article} not articles, "
               f"{report.skipped_not_html} not HTML or not 200"
               + (f", {report.skipped_too_large} too large to read (over "
                  f"{MAX_PAGE_BYTES >> 20} MB of HTML)" if report.skipped_too_large else "")
               + (f", {len(report.incomplete)} incomplete or damaged records skipped"
                  if report.incomplete else "")
               + (f", {report.kept_richer} kept (the archive's copy is richer; --overwrite "
                  f"replaces it)" if report.kept_richer else ""))
    for problem in report.incomplete:
        click.echo(f"vnnews: import-warc: {file}: {problem}: skipped", err=True)
    if report.incomplete:
        sys.exit(1)


@cli.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8001, show_default=True, type=int)
def serve(db_path: str, host: str, port: int) -> None:
    """Browse the archive in Datasette, with charts (pip install -e .[browse]).

    Runs until Ctrl-C or SIGTERM; the archive is opened read-only.

    \b
    Example:
      vnnews serve --port 8001    # then open http://127.0.0.1:8001/
    """
    import importlib.util

    if importlib.util.find_spec("datasette") is None or \
            importlib.util.find_spec("datasette_dashboards") is None:
        raise fail('Datasette and its chart plugin are not installed: pip install -e ".[browse]"')
    from crawler.archive.browse import check_port_free, serve as serve_archive

    open_existing(db_path).close()
    try:
        check_port_free(host, port)
    except OSError as exc:
        raise fail(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    click.echo(f"serving {db_path} at http://{host}:{port}/ (Ctrl-C to stop)", err=True)
    serve_archive(db_path, host, port)


@cli.command()
@db_option
@click.option("--runs", default=3, show_default=True, type=click.IntRange(min=0),
              help="Show this many recent crawls per site (0: none).")
@click.option("--weeks", default=16, show_default=True, type=click.IntRange(min=1, max=520),
              help="Weeks of the per-site sparkline of articles published per week.")
@click.option("--json", "as_json", is_flag=True)
def stats(db_path: str, runs: int, weeks: int, as_json: bool) -> None:
    """Per site: articles, date range, field coverage, last crawl; a sparkline of articles
    published per week; the recent crawls with their health, and each field's coverage over
    the last crawls, so a redesign shows before it fails.

    \b
    Examples:
      vnnews stats
      vnnews stats --weeks 52 --runs 0
    """
    from datetime import datetime, timedelta, timezone

    from crawler.report import (TREND_RUNS, coverage_trend_table, runs_table, stats_table,
                                week_starts, weekly_counts, weekly_table)

    today = datetime.now(timezone(timedelta(hours=7))).date()  # Vietnam time, like the dates
    starts = week_starts(today, weeks)
    with open_existing(db_path) as archive:
        rows = archive.site_stats()
        recent = archive.recent_runs(runs) if runs else []
        per_week = weekly_counts(archive.published_per_day(starts[0].isoformat()), starts)
        trend = archive.recent_runs(TREND_RUNS)
    if as_json:
        click.echo(json.dumps({"sites": rows, "runs": recent,
                               "per_week": {"weeks_from": starts[0].isoformat(),
                                            "articles": per_week}},
                              ensure_ascii=False, indent=2))
        return
    click.echo(stats_table(rows, db_path))
    if rows:
        click.echo("\n" + weekly_table(per_week, [r["site"] for r in rows], starts))
    if recent:
        click.echo("\nrecent crawls\n" + runs_table(recent))
    if trend:
        click.echo("\n" + coverage_trend_table(trend))


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON (every evidence address).")
def sites(as_json: bool) -> None:
    """List the site profiles and the provincial press: the 34 provinces' outlets, their domains
    (old ones kept as archives included), what real addresses verify, and how `vnnews crawl --all`
    crawls each (its profile, or the generic layers from its home page).

    \b
    Examples:
      vnnews sites
      vnnews sites --json | jq '.provinces[] | select(.name == "Hưng Yên")'
    """
    import dataclasses

    from crawler.report import press_summary, press_table, profiles_table
    from crawler.sites import all_profiles
    from crawler.sites.provinces import load_provinces

    profiles, provinces = all_profiles(), load_provinces()
    if as_json:
        click.echo(json.dumps({
            "profiles": [dataclasses.asdict(p) for _, p in sorted(profiles.items())],
            "provinces": [dataclasses.asdict(p) for p in provinces]},
            ensure_ascii=False, indent=2))
        return
    click.echo("site profiles (crawler/sites/; verified: tests/fixtures/SITE/real_urls.txt)\n"
               + profiles_table(profiles))
    click.echo("\nprovincial press (crawler/sites/provinces.toml)\n" + press_table(provinces))
    click.echo("\n" + press_summary(provinces))


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point: click, with every user error reduced to one line."""
    try:
        cli.main(args=list(argv) if argv is not None else None, prog_name="vnnews",
                 standalone_mode=False)
    except click.exceptions.Abort as exc:
        if isinstance(exc.__cause__, EOFError):  # click turns a stray EOFError into Abort
            click.echo(f"vnnews: error: unexpected end of input ({exc.__cause__})", err=True)
            return 2
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
