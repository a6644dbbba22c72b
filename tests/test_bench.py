"""The benchmark suite runs (benchmarks/bench.py and benchmarks/measure/): every section that is
quick enough here prints its figure beside a baseline from the same run.  No timing is
asserted (that is the benchmark's job, not the suite's)."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

from measure.crawl import logstats_rates  # noqa: E402


def test_quick_sections_print_every_row_beside_its_baseline():
    run = subprocess.run([sys.executable, "benchmarks/bench.py", "--only",
                          "extract,dates,archive", "--pages", "4", "--budget", "0.02", "--json"],
                         cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-3000:]
    sections = json.loads(run.stdout)["sections"]
    assert set(sections) == {"extract", "dates", "archive"}
    for name, section in sections.items():
        assert section["error"] is None, (name, section["error"])
        assert section["rows"], name
        for row in section["rows"]:
            assert row["value"] is not None and row["baseline_value"] is not None, row


def test_crawl_and_scrapy_bench_are_read_alike_from_logstats_lines():
    log = "\n".join(f"INFO: Crawled {n} pages (at {r} pages/min), scraped 0 items (at 0 items/min)"
                    for n, r in ((0, 0), (120, 7200), (300, 10800), (420, 7200)))
    rates = logstats_rates(log)
    assert rates["peak"] == 10800
    assert rates["average"] == (0 + 7200 + 10800 + 7200) / 4
    assert rates["seconds"] == 4 and rates["pages"] == 420
    assert logstats_rates("no such lines") is None


def test_profile_floor_reads_every_profiled_fixture_title_and_day():
    """The "profile floor" row times a real reading of the profile's fields, not a no-op: on
    every fixture of a profiled site it finds a headline and the printed day of publication
    (the golden file's day; the golden's seconds may come from JSON-LD, which the floor
    does not read)."""
    from measure.common import FIXTURES, load_cases, profile_of
    from measure.extraction import floor_reader

    from crawler.normalize.article import parse_utc

    read = 0
    for case in load_cases():
        profile = profile_of(case)
        if profile is None:
            continue
        expected = json.loads((FIXTURES / case.site / case.name / "expected.json").read_text())
        fetched = parse_utc(case.meta["fetched_at"])
        out = floor_reader(profile)(case.html, fetched)
        assert out["title"], case.name
        assert out["published"].date().isoformat() == expected["published_at"][:10], case.name
        # Selectors run from one scan of their attribute find what their XPaths find.
        assert floor_reader(profile, one_scan=True)(case.html, fetched) == out, case.name
        read += 1
    assert read >= 20
