"""What every measurement shares: result rows, the fixture pages and their copies, timing
loops, and subprocesses measured for wall time and peak RSS."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Callable, Sequence

ROOT = Path(__file__).resolve().parent.parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
# ../shared/real-pages, relative to the repository root (never copied into it).
REAL_PAGES = ROOT.parent / "shared" / "real-pages"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


# ---------------------------------------------------------------------------- results


@dataclasses.dataclass
class Row:
    """One figure, its baseline and the ratio between them."""

    section: str
    figure: str
    value: float | str | None
    unit: str = ""
    baseline: str = ""
    baseline_value: float | str | None = None
    ratio: float | None = None
    ratio_label: str = ""
    target: str = ""
    ok: bool | None = None
    note: str = ""


class Section:
    """What one section measured: rows for the table, details and notes for the reader."""

    def __init__(self, name: str):
        self.name = name
        self.rows: list[Row] = []
        self.details: dict[str, Any] = {}
        self.notes: list[str] = []
        self.error: str | None = None
        self.seconds = 0.0

    def row(self, figure: str, value: Any, unit: str = "", **kw: Any) -> Row:
        r = Row(self.name, figure, value, unit, **kw)
        self.rows.append(r)
        return r


def ratio(a: float | None, b: float | None) -> float | None:
    if a is None or b is None or not b:
        return None
    return a / b


def log(msg: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------- timing


def time_rounds(call: Callable[[int], Any], count: int, *, min_seconds: float,
                min_rounds: int) -> float:
    """Mean seconds per call of ``call(k)`` for k in 0..count-1, repeated in whole rounds until
    at least ``min_rounds`` rounds and ``min_seconds`` have passed."""
    calls = 0
    rounds = 0
    start = time.perf_counter()
    while rounds < min_rounds or time.perf_counter() - start < min_seconds:
        for k in range(count):
            call(calls + k)
        calls += count
        rounds += 1
    return (time.perf_counter() - start) / calls


def best_of(fn: Callable[[], Any], repeat: int) -> float:
    """The fastest of ``repeat`` timed calls, in seconds (the least disturbed by other load)."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def interleaved(methods: dict[str, Callable[[Any], Any]], inputs: Sequence[Any]
                ) -> tuple[dict[str, list[float]], dict[str, list[Any]]]:
    """Each method on each input, methods interleaved per input so that a noisy neighbour
    slows them all alike: ``({method: [seconds per input]}, {method: [result per input]})``."""
    clock = time.perf_counter
    times: dict[str, list[float]] = {k: [] for k in methods}
    results: dict[str, list[Any]] = {k: [] for k in methods}
    for item in inputs:
        for name, fn in methods.items():
            t0 = clock()
            out = fn(item)
            times[name].append(clock() - t0)
            results[name].append(out)
    return times, results


# ---------------------------------------------------------------------------- pages


@dataclasses.dataclass
class Case:
    site: str
    name: str
    url: str
    html: bytes
    meta: dict[str, Any]

    @property
    def content_type(self) -> str | None:
        return (self.meta.get("headers") or {}).get("Content-Type")


@dataclasses.dataclass
class BenchPage:
    case: Case
    url: str
    html: bytes


def load_cases() -> list[Case]:
    """Every fixture article page that has a golden file (any site, generic/ included)."""
    cases = []
    for expected in sorted(FIXTURES.glob("*/*/expected.json")):
        folder = expected.parent
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        cases.append(Case(folder.parent.name, folder.name, meta["url"],
                          (folder / "page.html").read_bytes(), meta))
    if not cases:
        raise SystemExit(f"no fixture article pages under {FIXTURES}")
    return cases


_ID_AT_END = re.compile(r"-(\d+)(\.html?)$")           # /<slug>-<id>.html
_ID_BEFORE_SLUG = re.compile(r"/(\d+)/([a-z0-9-]+/?)$")  # /news/<category>/<id>/<slug>
_BODY_TAG = re.compile(rb"<body[^>]*>", re.IGNORECASE)


def copy_url(url: str, i: int) -> str:
    """A distinct article URL for copy ``i`` that still matches the site's article pattern.

    >>> copy_url("https://thaibinhtv.vn/news/0/72421/bao-thai-binh-ky-niem", 3)
    'https://thaibinhtv.vn/news/0/10000003/bao-thai-binh-ky-niem'
    >>> copy_url("https://baobinhthuan.com.vn/thap-po-dam-124375.html", 3)
    'https://baobinhthuan.com.vn/thap-po-dam-10000003.html'
    """
    new_id = 10_000_000 + i
    if _ID_AT_END.search(url):
        return _ID_AT_END.sub(rf"-{new_id}\2", url)
    if _ID_BEFORE_SLUG.search(url):
        return _ID_BEFORE_SLUG.sub(rf"/{new_id}/\2", url)
    base = url.split("?")[0].split("#")[0]
    return f"{base.rstrip('/')}/copy-{new_id}.html"


def replicate(cases: list[Case], n: int) -> list[BenchPage]:
    """N pages cycling through the cases; each copy has its own URL and a unique comment.

    The page's own URL (canonical link, og:url, ...) is rewritten to the copy's URL, so the
    archive keeps one row per copy, and a comment with the copy number follows ``<body>`` so
    that no two copies have the same bytes.
    """
    from urllib.parse import urlsplit

    pages = []
    for i in range(n):
        case = cases[i % len(cases)]
        url = copy_url(case.url, i)
        old_path, new_path = urlsplit(case.url).path, urlsplit(url).path
        html = case.html.replace(old_path.encode(), new_path.encode())
        marker = f"\n<!-- vnnews bench copy {i} {hashlib.md5(str(i).encode()).hexdigest()} -->\n"
        match = _BODY_TAG.search(html)
        at = match.end() if match else 0
        html = html[:at] + marker.encode() + html[at:]
        pages.append(BenchPage(case, url, html))
    return pages


def profile_of(case: Case):
    from crawler.sites import all_profiles, profile_for_url

    return all_profiles().get(case.site) or profile_for_url(case.url)


def generic_profile(case: Case):
    """The case's profile with every site selector removed (only the generic layers run)."""
    from crawler.extract import host_of
    from crawler.sites import FieldSelectors, Profile

    profile = profile_of(case)
    if profile is not None:
        return dataclasses.replace(profile, fields=FieldSelectors())
    host = host_of(case.url)
    return Profile(name=host, domains=(host,), start_urls=(), article_url=r".",
                   fields=FieldSelectors())


def decode(content_type: str | None, html: bytes) -> str:
    from w3lib.encoding import html_to_unicode

    return html_to_unicode(content_type, html)[1]


# ---------------------------------------------------------------------------- subprocesses


def vm_hwm_mb(pid: int) -> float | None:
    """The process's own peak RSS so far (VmHWM: per address space, reset at exec)."""
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def children_of(pid: int) -> list[int]:
    """The direct children of a process (Linux /proc), for the extraction workers' memory."""
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(p) for p in text.split()]


def cmdline_of(pid: int) -> bytes | None:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return None


def run_measured(cmd: list[str], *, cwd: Path, timeout: float, env: dict | None = None,
                 stdout_path: Path, stderr_path: Path) -> dict[str, Any]:
    """Run ``cmd``; wall time, the child's own peak RSS, and that of its own children.

    The peak is sampled from /proc/<pid>/status (VmHWM) while the child runs: the rusage of a
    child (os.wait4) keeps the high-water mark of the forking process across exec, so a child
    forked from this benchmark, which holds thousands of pages, would report our memory.  The
    child's children (a crawl's extraction workers) are sampled the same way: ``workers_mb`` is
    the largest sum of their peaks seen at once.  A child caught between its fork and its exec
    still shows the child's command line and its memory, not a process of its own: skipped.
    """
    with open(stdout_path, "wb") as out, open(stderr_path, "wb") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=out, stderr=err,
                                stdin=subprocess.DEVNULL)
        deadline = start + timeout
        timed_out = False
        peak = 0.0
        workers = 0.0
        while True:
            hwm = vm_hwm_mb(proc.pid)
            if hwm:
                peak = max(peak, hwm)
            own = cmdline_of(proc.pid)
            workers = max(workers, sum(vm_hwm_mb(c) or 0.0 for c in children_of(proc.pid)
                                       if cmdline_of(c) != own))
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                proc.kill()
                timed_out = True
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.02)
        wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return {"wall": wall, "rc": proc.returncode, "timed_out": timed_out,
            "maxrss_mb": peak or usage.ru_maxrss / 1024, "workers_mb": workers,
            "cpu": usage.ru_utime + usage.ru_stime,
            "stdout": stdout_path.read_text(errors="replace"),
            "stderr": stderr_path.read_text(errors="replace")}


def child_env() -> dict[str, str]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1",
           "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    env.pop("VNNEWS_DB", None)
    env.pop("SCRAPY_SETTINGS_MODULE", None)
    return env


def cli_commands() -> set[str]:
    try:
        from crawler.cli import cli

        return set(cli.commands)
    except Exception:
        return set()
