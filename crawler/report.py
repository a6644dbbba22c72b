"""Plain-text tables for people: the end-of-crawl summary and `vnnews stats`."""

from __future__ import annotations

import json
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
                         "http errors", "status"], rows) + f"\n\narchive: {db_path}"


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
