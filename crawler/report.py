"""Plain-text tables for people: the end-of-crawl summary and `vnnews stats`."""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any, Sequence

from crawler.crawling.runner import CrawlResult


def count(stats: dict[str, Any], prefix: str) -> int:
    return sum(v for k, v in stats.items() if k.startswith(prefix) and isinstance(v, int))


def error_count(stats: dict[str, Any]) -> int:
    """Pages that could not be fetched, once the retries gave up (``vnnews/failed/<reason>``).

    robots.txt fetches are not counted: a site without one is normal.
    """
    return count(stats, "vnnews/failed/")


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """Columns padded to their widest cell; numbers right-aligned."""
    cells = [[("" if v is None else str(v)) for v in row] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) if cells else len(h)
              for i, h in enumerate(headers)]

    def line(values: Sequence[str], raw: Sequence[Any] | None = None) -> str:
        out = []
        for i, v in enumerate(values):
            numeric = raw is not None and isinstance(raw[i], (int, float))
            out.append(v.rjust(widths[i]) if numeric else v.ljust(widths[i]))
        return "  ".join(out).rstrip()

    return "\n".join([line(headers), line(["-" * w for w in widths])] +
                     [line(c, r) for c, r in zip(cells, rows)])


def crawl_summary(results: Sequence[CrawlResult], db_path: str) -> str:
    rows = []
    for r in results:
        s = r.stats
        dropped = {k.split("/")[-1]: v for k, v in s.items() if k.startswith("vnnews/dropped/")}
        errors = error_count(s)
        rows.append([r.site, s.get("response_received_count", 0), r.stored,
                     s.get("vnnews/stored/new", 0), s.get("vnnews/stored/updated", 0),
                     s.get("vnnews/stored/unchanged", 0), sum(dropped.values()), errors,
                     r.finish_reason])
        failed = {k.split("/")[-1]: v for k, v in s.items() if k.startswith("vnnews/failed/")}
        notes = [f"{what}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
                 for what, counts in (("dropped", dropped), ("failed", failed)) if counts]
        if notes:
            rows[-1][-1] += f" ({'; '.join(notes)})"
    return "\n" + table(["site", "pages", "stored", "new", "updated", "unchanged", "dropped",
                         "http errors", "status"], rows) + discovery_lines(results) + \
        f"\n\narchive: {db_path}"


def discovery_lines(results: Sequence[CrawlResult]) -> str:
    """One line per site: the article URLs each discovery source found (new ones in brackets),
    and what the last crawl left in the frontier."""
    from crawler.crawling.monitor import discovery_sources

    lines = []
    for r in results:
        parts = []
        for source, counts in discovery_sources(r.stats).items():
            if counts.get("found"):
                parts.append(f"{source} {counts['found']} ({counts.get('new', 0)} new)")
            elif source == "listings" and counts.get("pages"):
                parts.append(f"listings {counts['pages']} pages")
        left = int(r.stats.get("vnnews/frontier/pending", 0)) + \
            int(r.stats.get("vnnews/frontier/failed", 0))
        if left:
            parts.append(f"{left} waiting in the frontier")
        if parts:
            lines.append(f"  {r.site}: " + ", ".join(parts))
    return ("\n\nfound through\n" + "\n".join(lines)) if lines else ""


def percent(value: float | None) -> str:
    return "-" if value is None else f"{value * 100:.0f}%"


def stats_table(rows: Sequence[dict[str, Any]], db_path: str) -> str:
    if not rows:
        return f"{db_path}: no articles yet"
    body = [[r["site"], r["articles"], (r["oldest"] or "")[:10], (r["newest"] or "")[:10],
             percent(r["with_date"]), percent(r["with_views"]), percent(r["with_byline"]),
             r["view_snapshots"], r["last_crawl"] or ""] for r in rows]
    total = sum(r["articles"] for r in rows)
    return (table(["site", "articles", "oldest", "newest", "dated", "views", "byline",
                   "view snapshots", "last crawl"], body)
            + f"\n\n{total} articles in {db_path}")


def short(value: Any, width: int = 90) -> str:
    """One line of at most ``width`` characters for any field value."""
    if isinstance(value, (list, dict)):
        text = json.dumps(value, ensure_ascii=False)
    else:
        text = "" if value is None else str(value)
    text = text.replace("\n", " ⏎ ")
    return text if len(text) <= width else text[: width - 1] + "…"


def explain_article(article: dict[str, Any], rejected: Sequence[dict[str, Any]] = ()) -> str:
    """Per field: the layer that produced it and its value, for `vnnews extract --explain`;
    then the candidates each field rejected, with the layer that offered them and why."""
    provenance = article.get("provenance") or {}
    rows = []
    for field, value in article.items():
        if field == "provenance":
            continue
        layer = provenance.get(field) or ("-" if value in (None, "", []) else "")
        rows.append([field, layer, short(value)])
    out = table(["field", "layer", "value"], rows)
    if rejected:
        out += "\n\nrejected candidates\n" + table(
            ["field", "layer", "value", "why"],
            [[r["field"], r["layer"], short(r["value"], 60), r["why"]] for r in rejected])
    return out


def runs_table(runs: Sequence[dict[str, Any]]) -> str:
    """The last crawls per site: outcome, counts and date coverage, so drift shows over time."""
    if not runs:
        return "no crawl runs yet"
    rows = []
    for run in runs:
        stats = run["stats"]
        coverage = stats.get("coverage") or {}
        problems = stats.get("problems") or []
        rows.append([run["site"], (run["started_at"] or "")[:16], run["status"] or "running",
                     stats.get("vnnews/stored", 0), count(stats, "vnnews/dropped/"),
                     count(stats, "vnnews/failed/"), percent(coverage.get("published_at")),
                     percent(coverage.get("views")), percent(coverage.get("authors")),
                     "; ".join(problems)[:60] or "ok"])
    return table(["site", "started", "status", "stored", "dropped", "failed", "dated", "views",
                  "authors", "health"], rows)


# ---- the glance of `vnnews stats`: sparklines ----

BARS = "▁▂▃▄▅▆▇█"
TREND_RUNS = 12  # crawls per site in the coverage trend
# Fields whose coverage per crawl shows a site's markup drifting (title and body are always
# there, or the article is dropped).
TREND_FIELDS = (("published_at", "dated"), ("views", "views"), ("authors", "authors"),
                ("sapo", "sapo"), ("tags", "tags"), ("related", "related"))


def sparkline(values: Sequence[float], top: float | None = None) -> str:
    """One character per value, its height relative to ``top`` (default: the largest value).

    Zero is a blank, so a week without articles stands out from a quiet one (the sparklines
    package draws zero as the lowest bar, and a constant series as half bars).

    >>> sparkline([0, 1, 2, 4, 8])
    ' ▂▃▅█'
    >>> sparkline([1.0, 0.875, 0.5, 0.0], top=1)
    '█▇▅ '
    """
    top = top if top is not None else max(values, default=0)
    if not top:
        return " " * len(values)
    return "".join(" " if not v else BARS[round(min(v / top, 1) * (len(BARS) - 1))]
                   for v in values)


def week_starts(today: date, weeks: int) -> list[date]:
    """The Mondays of the last ``weeks`` weeks, the current (partial) week last.

    >>> [str(d) for d in week_starts(date(2026, 12, 6), 3)]  # a Sunday
    ['2026-11-16', '2026-11-23', '2026-11-30']
    """
    monday = today - timedelta(days=today.weekday())
    return [monday - timedelta(weeks=weeks - 1 - i) for i in range(weeks)]


def weekly_counts(per_day: Sequence[tuple[str, str, int]], starts: Sequence[date]
                  ) -> dict[str, list[int]]:
    """{site: articles in each week} from (site, YYYY-MM-DD, articles) rows."""
    counts: dict[str, list[int]] = {}
    for site, day, n in per_day:
        try:
            offset = (date.fromisoformat(day) - starts[0]).days // 7
        except ValueError:  # a malformed date: not in any week
            continue
        if 0 <= offset < len(starts):
            counts.setdefault(site, [0] * len(starts))[offset] += n
    return counts


def weekly_table(counts: dict[str, list[int]], sites: Sequence[str],
                 starts: Sequence[date]) -> str:
    """Per site, articles per week as a sparkline (each site on its own scale)."""
    rows = []
    for site in sites:
        weeks = counts.get(site, [0] * len(starts))
        rows.append([site, sparkline(weeks), sum(weeks), max(weeks), weeks[-1]])
    end = starts[-1] + timedelta(days=6)
    title = (f"articles published per week, {starts[0]} to {end} (weeks start on Monday, "
             f"Vietnam time; blank: none)")
    return title + "\n" + table(["site", "per week", "articles", "busiest week", "this week"],
                                 rows)


def coverage_trend_table(runs: Sequence[dict[str, Any]]) -> str:
    """Per site, each field's coverage over its recent crawls (oldest first, full bar 100%)."""
    by_site: dict[str, list[dict[str, float]]] = {}
    for run in sorted(runs, key=lambda r: r["id"]):
        coverage = (run.get("stats") or {}).get("coverage")
        if coverage:
            by_site.setdefault(run["site"], []).append(coverage)
    if not by_site:
        return "no finished crawl recorded field coverage yet"
    rows = [[site, len(history)] + [sparkline([c.get(f, 0) for c in history], top=1)
                                    for f, _ in TREND_FIELDS]
            for site, history in sorted(by_site.items())]
    return ("field coverage over the recent crawls (oldest to newest; █ = every article, "
            "blank = none)\n" + table(["site", "crawls", *(label for _, label in TREND_FIELDS)],
                                       rows))

# ---------------------------------------------------------------- vnnews sites

def profiles_table(profiles: dict[str, Any]) -> str:
    """The hand-written profiles; "verified": their article pattern was checked against real
    addresses of the site (tests/fixtures/SITE/real_urls.txt)."""
    rows = [[name, ", ".join(p.domains), "yes" if p.verified else "no", p.description]
            for name, p in sorted(profiles.items())]
    return table(["site", "domains", "verified", "description"], rows)


def evidence_counts(evidence: Sequence[Any]) -> str:
    """"2 pages, 1 code": how many real addresses, by where they were found."""
    counts: dict[str, int] = {}
    for e in evidence:
        counts[e.found] = counts.get(e.found, 0) + 1
    return ", ".join(f"{n} {found}" for found, n in sorted(counts.items())) or "none"


def press_table(provinces: Sequence[Any]) -> str:
    """Every outlet of crawler/sites/provinces.toml: what it is, its domains, what is verified
    and how `vnnews crawl --all` crawls it (its profile, or the generic layers)."""
    rows = []
    for p in provinces:
        if not p.outlets:
            rows.append([p.name, "(no outlet address found)", "", "", "", "", "", ""])
        for o in p.outlets:
            where = f"{p.name} ({o.old_province})" if o.old_province else p.name
            verified = ("yes" if o.verified else "no") if o.domains else "-"
            crawl = o.profile or ("generic" if o.domains else "-")
            rows.append([where, o.name, o.kind, o.role, ", ".join(o.domains) or "-", verified,
                         crawl, evidence_counts(o.evidence) if o.domains else "name only"])
    return table(["province (old)", "outlet", "kind", "role", "domains", "verified", "crawl",
                  "evidence"], rows)


def press_summary(provinces: Sequence[Any]) -> str:
    outlets = [o for p in provinces for o in p.outlets]
    current = sum(1 for p in provinces
                  if any(o.verified and o.role == "current" for o in p.outlets))
    unverified = [p.name for p in provinces if not p.verified]
    merged = [p for p in provinces if p.merged_from]
    unconfirmed = [p.name for p in merged if not p.merger_verified]
    return "\n".join([
        f"{len(provinces)} provinces and cities since 1 July 2025 ({len(merged)} merged); "
        f"{sum(p.verified for p in provinces)} have an outlet domain verified by real addresses"
        + (f" (not: {', '.join(unverified)})" if unverified else "") + ";",
        f"{current} have a verified domain that a 2025 page shows current; "
        f"{len(outlets)} outlets, {sum(o.verified for o in outlets)} with a verified domain, "
        f"{sum(1 for o in outlets if not o.domains)} known by name only.",
        "mergers whose members no source listed: " + (", ".join(unconfirmed) or "none") + "."])

# ---- vnnews add-site ----

SAMPLE_FIELDS = ("title", "published_at", "authors", "sapo", "body", "views", "category", "tags",
                 "related", "images")


def add_site_report(plan: Any, survey: Any) -> str:
    """What `vnnews add-site` found: sitemaps, feeds, article URLs per pattern, other groups,
    listing pages, and a sample extraction of three articles with field coverage."""
    findings = survey.findings
    lines = [f"site: {findings.home} ({survey.requests} requests"
             + (f", {len(survey.failed)} failed" if survey.failed else "") + ")"]
    lines.append(f"robots.txt sitemaps: {', '.join(findings.robots_sitemaps) or 'none'}")
    lines.append("sitemaps:" if findings.sitemaps else "sitemaps: none found")
    for url, (kind, urls, _) in findings.sitemaps.items():
        what = {"news": "Google News sitemap", "urlset": "sitemap", "index": "sitemap index",
                "invalid": "not a sitemap", "pending": "not fetched (--max-pages)",
                "failed": "could not be fetched"}.get(kind, kind)
        lines.append(f"  {url}  {what}, {len(urls)} URLs")
    feeds = {u: e for u, e in findings.feeds.items() if e is not None}
    lines.append("feeds:" if feeds else "feeds: none found")
    for url, entries in feeds.items():
        lines.append(f"  {url}  {len(entries)} entries")
    lines.append("article URLs, by pattern:" if plan.article_groups else
                 "article URLs: no group of addresses reads as articles")
    for group in plan.article_groups:
        lines.append(f"  {group.pattern}")
        lines.append(f"    {len(group.urls)} found; {group.articles} of {group.sampled} sampled "
                     f"pages read as articles; e.g. {group.urls[0]}")
    for example, size, kinds in plan.other_groups:
        lines.append(f"  not articles: {size} like {example} (sampled: {kinds})")
    lines.append("found articles through: " + (", ".join(
        f"{source} {count}" for source, count in sorted(plan.found_by.items()) if count)
        or "nothing"))
    lines.append("listing pages: " + (", ".join(plan.listings) or "none linking articles"))
    lines.append(f"discovery sources: {', '.join(plan.discovery) or 'none'}")
    lines.extend(sample_extraction(plan, survey))
    return "\n".join(lines)


def sample_extraction(plan: Any, survey: Any) -> list[str]:
    """Three sampled articles through the extractor, and how many have each field."""
    import re

    from crawler.extract import extract_article

    if plan.article_url is None:
        return []
    pattern = re.compile(plan.article_url)
    samples = [s for url, s in survey.samples.items()
               if s.kind == "article" and pattern.search(url)][:3]
    if not samples:
        return ["sample extraction: no article page was sampled"]
    articles = [extract_article(s.body, s.url, content_type=s.content_type).to_dict()
                for s in samples]
    rows = [[a["title"][:48], a["published_at"] or "-", ", ".join(a["authors"]) or "-",
             len(a["body"].split())] for a in articles]
    coverage = ", ".join(f"{name} {sum(1 for a in articles if a.get(name))}/{len(articles)}"
                         for name in SAMPLE_FIELDS)
    return ["sample extraction:", table(["title", "published_at", "authors", "body words"], rows),
            f"field coverage: {coverage}"]
