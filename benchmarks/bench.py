"""vnnews benchmark: extraction, real pages, dates, archive writes, the crawl, Scrapy's ceiling,
search.

    python benchmarks/bench.py [--pages N] [--json] [--only NAME,...]

Every figure is printed with a baseline beside it and the ratio between the two, all measured
in this run on this machine, on the same pages.  Sections (``--only``, comma separated):

    extract    extraction ms/page: profile path vs lxml parse, generic path vs trafilatura
    realpages  the same on the real pages of ../shared/real-pages (skipped when absent), with
               their sizes
    dates      parse_published µs/call vs the project's own dateparser fallback, same strings
    archive    Archive.store articles/s (WAL, FTS triggers) vs plain sqlite3 doing the same rows
    bench      Scrapy's own ceiling: `scrapy bench`'s spider and server, server on 127.0.0.1
    e2e        `vnnews crawl thaibinhtv --replay DIR` in a subprocess: pages/min (best second
               and average, as scrapy bench's), articles/s, RSS (settings as shipped;
               --e2e-like-bench adds runs at Scrapy's default concurrency)
    search     Archive.search on a 10,000-article archive (and `vnnews reparse`, exports)

Pages are the fixture article pages (tests/fixtures/*/*/expected.json) cycled to N copies, each
copy given its own article URL and a unique comment so no cache can help.  Nothing here touches
the network: the only servers are on 127.0.0.1.  The measurements live in benchmarks/measure/,
one module per kind; see benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

sys.path.insert(0, str(Path(__file__).resolve().parent))

from measure.archive import bench_archive  # noqa: E402
from measure.common import Section, load_cases, log, replicate  # noqa: E402
from measure.crawl import bench_e2e, bench_scrapy  # noqa: E402
from measure.dates import bench_dates  # noqa: E402
from measure.extraction import bench_extract, bench_realpages  # noqa: E402
from measure.report import print_human, versions  # noqa: E402
from measure.search import bench_search  # noqa: E402

# Fixed order: e2e compares with bench, search reuses the archive section's archive.
RUNNERS: dict[str, Callable[[dict[str, Any], Section], None]] = {
    "extract": bench_extract,
    "realpages": bench_realpages,
    "dates": bench_dates,
    "archive": bench_archive,
    "bench": bench_scrapy,
    "e2e": bench_e2e,
    "search": bench_search,
}
SECTIONS = tuple(RUNNERS)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=2000, metavar="N",
                        help="article pages (copies of the fixtures) for extract, archive and "
                             "e2e (default 2000)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--only", default=",".join(SECTIONS), metavar="NAME,...",
                        help=f"sections to run, of {','.join(SECTIONS)}")
    parser.add_argument("--bench-seconds", type=int, default=10,
                        help="CLOSESPIDER_TIMEOUT of the scrapy bench run (default 10)")
    parser.add_argument("--budget", type=float, default=1.0,
                        help="scale the timing loops of dates and search (default 1.0)")
    parser.add_argument("--e2e-like-bench", action="store_true",
                        help="crawl again at Scrapy's default concurrency (as scrapy bench "
                             "runs), via `vnnews crawl -s`, and once more with the replay "
                             "server in its own process")
    parser.add_argument("--e2e-set", action="append", default=[], metavar="KEY=VALUE",
                        help="Scrapy setting for a second e2e run (repeatable), passed as "
                             "`vnnews crawl -s`")
    parser.add_argument("--keep", action="store_true",
                        help="keep the temporary directory (archives, replay dir, logs)")
    args = parser.parse_args(argv)
    only = [s.strip() for s in args.only.split(",") if s.strip()]
    unknown = [s for s in only if s not in SECTIONS]
    if unknown or args.pages < 1:
        parser.error(f"unknown section(s) {unknown}; choose from {','.join(SECTIONS)}"
                     if unknown else "--pages must be at least 1")

    started = time.perf_counter()
    started_at = time.strftime("%Y-%m-%d %H:%M:%S")
    tmp = Path(tempfile.mkdtemp(prefix="vnnews-bench-"))
    cases = load_cases()
    ctx: dict[str, Any] = {"cases": cases, "pages": replicate(cases, args.pages), "tmp": tmp,
                           "budget": args.budget, "bench_seconds": args.bench_seconds,
                           "e2e_set": args.e2e_set, "e2e_like_bench": args.e2e_like_bench}
    sections = []
    try:
        for name in SECTIONS:
            if name not in only:
                continue
            sec = Section(name)
            t0 = time.perf_counter()
            try:
                RUNNERS[name](ctx, sec)
            except Exception as exc:  # one broken section must not hide the others
                import traceback

                sec.error = f"{type(exc).__name__}: {exc}"
                sec.details["traceback"] = traceback.format_exc()
                log(f"{name}: {sec.error}")
            sec.seconds = time.perf_counter() - t0
            sections.append(sec)
    finally:
        if args.keep:
            log(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)

    info = {"started": started_at, "pages": args.pages,
            "elapsed_s": time.perf_counter() - started, "versions": versions(),
            "fixture_pages": [f"{c.site}/{c.name}" for c in cases]}
    if args.json:
        print(json.dumps({**info, "sections": {s.name: {
            "rows": [dataclasses.asdict(r) for r in s.rows], "details": s.details,
            "notes": s.notes, "error": s.error, "seconds": round(s.seconds, 2)}
            for s in sections}}, ensure_ascii=False, indent=2, default=str))
    else:
        print_human(info, sections)
    return 1 if any(s.error for s in sections) else 0


if __name__ == "__main__":
    sys.exit(main())
