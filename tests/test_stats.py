"""`vnnews stats` at a glance: articles per week and field coverage per crawl as sparklines."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

from conftest import run_vnnews


def stats_lines(db, *args: str) -> list[str]:
    run = run_vnnews("stats", "--db", str(db), *args)
    assert run.returncode == 0, run.stderr
    return run.stdout.splitlines()


def test_stats_draws_articles_per_week_and_coverage_per_crawl(tmp_path):
    from crawler.archive.storage import Archive
    from crawler.items import Article

    db = tmp_path / "news.db"
    vietnam = timezone(timedelta(hours=7))
    today = datetime.now(vietnam).replace(hour=8, minute=0, second=0, microsecond=0)
    # Four weeks, oldest first: 1 article, none, 2, 1 (this week); and one too old to show.
    published = [today - timedelta(weeks=3), today - timedelta(weeks=1),
                 today - timedelta(weeks=1, hours=1), today, today - timedelta(weeks=30)]
    with Archive(db) as archive:
        for i, when in enumerate(published):
            archive.store(Article(url=f"https://example.vn/{i}.html", site="example",
                                  title=f"Tin {i}", body="Nội dung.",
                                  fetched_at="2026-01-01T00:00:00Z",
                                  published_at=when.isoformat()))
        # Three crawls: views found in every article, then half, then none (a redesign).
        for coverage in ({"published_at": 1.0, "views": 1.0}, {"published_at": 1.0, "views": 0.5},
                         {"published_at": 1.0}):
            run = archive.start_run("example")
            archive.finish_run(run, "finished", {"coverage": coverage, "problems": []})

    lines = stats_lines(db, "--weeks", "4")
    weekly = lines[lines.index(next(l for l in lines if l.startswith("articles published per"))):]
    assert weekly[3].split("  ")[0] == "example"
    assert weekly[3][len("example") + 2:].startswith("▅ █▅")  # 1, 0, 2, 1 on a scale of 2
    assert weekly[3].split()[-3:] == ["4", "2", "1"]  # articles, busiest week, this week
    trend = lines[lines.index(next(l for l in lines if l.startswith("field coverage"))):]
    header, row = trend[1], trend[3].ljust(len(trend[1]))  # the table strips trailing blanks

    def cell(column: str) -> str:
        return row[header.index(column):header.index(column) + 3]

    assert cell("dated") == "███" and cell("views") == "█▅ " and cell("authors") == "   "

    data = json.loads(run_vnnews("stats", "--db", str(db), "--weeks", "4", "--json").stdout)
    assert data["per_week"]["articles"] == {"example": [1, 0, 2, 1]}
