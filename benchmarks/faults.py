"""vnnews fault injection: issue #10's list, run against a fresh archive, as a table.

    python benchmarks/faults.py [--only 1,4,13] [--keep]

Every item of issue #10 ("Nothing lost, nothing touched, one line for every mistake") is
reproduced as the issue describes it, against a fresh archive in a temporary directory (the
thaibinhtv fixtures, crawled through the replay server), and the table says, per item, what
was expected, what was observed, and PASS or FAIL.  Items that other work owns (5: resumable
jobs and refreshes, 10: pathological pages, 12: `serve` and signals, 14: Datasette search)
are run all the same: they report what the code does today.

Only loopback servers (the replay server, Datasette on 127.0.0.1) are started; every process
started here is stopped by its id before the script ends.  Exit status 1 when a row FAILs.
Each item is one small function (``item_<n>``); add a row by adding a function to ITEMS.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "thaibinhtv"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from measure.common import children_of  # noqa: E402 (benchmarks/, the script's folder)


@dataclass
class Row:
    item: str
    expected: str
    observed: str
    ok: bool | None  # None: could not be run here

    def __post_init__(self) -> None:
        # An item may compute ok as any truthy value; the summary counts True and False.
        if self.ok is not None:
            self.ok = bool(self.ok)


class Lab:
    """A temporary directory, a crawled archive of the fixtures, and ways to run vnnews."""

    def __init__(self, tmp: Path):
        self.tmp = tmp
        self.base = tmp / "base.db"
        self.counter = 0
        run = self.vnnews("crawl", "thaibinhtv", "--replay", str(FIXTURES), "--db",
                          str(self.base), "-q")
        if not self.base.exists():
            raise SystemExit(f"could not build the fixture archive: {run.stderr[-500:]}")

    def path(self, name: str) -> Path:
        self.counter += 1
        folder = self.tmp / f"{self.counter:02d}-{name}"
        folder.mkdir()
        return folder

    def copy(self, name: str = "copy") -> Path:
        target = self.path(name) / "news.db"
        with sqlite3.connect(self.base) as src, sqlite3.connect(target) as dst:
            src.backup(dst)
        src.close()
        dst.close()
        return target

    def vnnews(self, *args: str, timeout: float = 300) -> subprocess.CompletedProcess:
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        env.pop("VNNEWS_DB", None)
        return subprocess.run([sys.executable, "-m", "crawler.cli", *args], cwd=ROOT,
                              capture_output=True, text=True, timeout=timeout, env=env,
                              errors="replace")


def one_line(run: subprocess.CompletedProcess) -> str:
    lines = run.stderr.strip().splitlines()
    return lines[0][:90] if len(lines) == 1 else f"{len(lines)} stderr lines" + (
        ", a traceback" if "Traceback" in run.stderr else "")


def is_one_line(run: subprocess.CompletedProcess, status: int) -> bool:
    lines = run.stderr.strip().splitlines()
    return run.returncode == status and len(lines) == 1 and "Traceback" not in run.stderr


def fingerprint(path: Path) -> tuple[str, int, list[str]]:
    return (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns,
            sorted(p.name for p in path.parent.iterdir()))


def bodies(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        rows = dict(conn.execute("SELECT url, length(body) FROM articles"))
    conn.close()
    return rows


def last_run(db: Path) -> tuple[str, dict]:
    with sqlite3.connect(db) as conn:
        status, stats = conn.execute(
            "SELECT status, stats FROM crawl_runs ORDER BY id DESC LIMIT 1").fetchone()
    conn.close()
    return status, json.loads(stats or "{}")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except OSError:
        return False
    try:  # a zombie is not alive
        return Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1][0] != "Z"
    except OSError:
        return False


def stop(pids: list[int]) -> None:
    """SIGKILL the processes this script started (by id), if still running."""
    for pid in pids:
        if alive(pid):
            os.kill(pid, signal.SIGKILL)


def replay_site(folder: Path, count: int, fault: dict | None = None) -> list[str]:
    """``count`` thaibinhtv article copies behind listing pages (tests/conftest.py's builder)."""
    sys.path.insert(0, str(ROOT / "tests"))
    from conftest import thaibinhtv_site
    return thaibinhtv_site(folder, count, fault=fault)


# ---------------------------------------------------------------- the items

def item_1(lab: Lab) -> Row:
    """A truncated WARC import overwrites good articles."""
    from warcio.archiveiterator import ArchiveIterator

    warc = lab.path("warc") / "all.warc.gz"
    lab.vnnews("export", "--format", "warc", "--out", str(warc), "--db", str(lab.base))
    spans = []
    with open(warc, "rb") as stream:
        records = ArchiveIterator(stream)
        for record in records:
            records.read_to_end()
            if record.rec_type == "response":
                spans.append((records.get_record_offset(), records.get_record_length()))
    results = []
    for label, cut in (("half", warc.stat().st_size // 2),
                       ("mid-record", spans[len(spans) // 2][0] + spans[len(spans) // 2][1] // 4)):
        cut_file = warc.with_name(f"{label}.warc.gz")
        cut_file.write_bytes(warc.read_bytes()[:cut])
        copy = lab.copy(f"warc-{label}")
        run = lab.vnnews("import-warc", str(cut_file), "--db", str(copy))
        before, after = bodies(lab.base), bodies(copy)
        shrunk = [f"{before[u]}->{after[u]}" for u in before if after.get(u) != before[u]]
        incomplete = "incomplete" in run.stdout
        results.append((label, run.returncode, incomplete, shrunk))
    ok = all(rc == 1 and incomplete and not shrunk for _, rc, incomplete, shrunk in results)
    observed = "; ".join(f"{label}: exit {rc}, {'counted incomplete' if inc else 'no incomplete count'}"
                         f", bodies changed {shrunk or 'none'}"
                         for label, rc, inc, shrunk in results)
    return Row("1 truncated WARC import", "exit 1, incomplete record counted, no body changed",
               observed, ok)


def item_2(lab: Lab) -> Row:
    """Read commands modify any SQLite file."""
    folder = lab.path("foreign")
    foreign = folder / "o.db"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE foo (x)")
    conn.close()
    newer = lab.copy("newer")
    with sqlite3.connect(newer) as conn:
        conn.execute("PRAGMA user_version = 99")
    conn.close()
    outcomes = []
    for label, db in (("foreign", foreign), ("user_version 99", newer)):
        for command in (["stats"], ["search", "dang bo"], ["export", "--format", "jsonl"]):
            before = fingerprint(db)
            run = lab.vnnews(*command, "--db", str(db))
            untouched = fingerprint(db) == before
            outcomes.append((label, command[0], is_one_line(run, 2), untouched))
    bad = [f"{label} {cmd}: {'one line' if line else 'not one line'}, "
           f"{'untouched' if same else 'CHANGED'}"
           for label, cmd, line, same in outcomes if not (line and same)]
    return Row("2 read commands touch files", "exit 2, one line, file byte-identical (hash, "
               "mtime, no new file)", "; ".join(bad) or f"all {len(outcomes)} refused, untouched",
               not bad)


def item_3(lab: Lab) -> Row:
    """Two processes opening a fresh archive race."""
    from crawler.archive.storage import Archive

    thread_failures = 0
    folder = lab.path("race")
    for attempt in range(20):
        db = folder / f"threads-{attempt}.db"
        errors: list[str] = []
        barrier = threading.Barrier(2)

        def open_it() -> None:
            barrier.wait()
            try:
                Archive(db).close()
            except Exception as exc:  # noqa: BLE001 (any failure is the finding)
                errors.append(repr(exc))

        threads = [threading.Thread(target=open_it) for _ in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        thread_failures += bool(errors)
    crawl_failures = skipped = 0
    tries = 5
    for attempt in range(tries):
        db = folder / f"crawl-{attempt}.db"
        cmd = [sys.executable, "-m", "crawler.cli", "crawl", "thaibinhtv", "--replay",
               str(FIXTURES), "--db", str(db), "-q"]
        procs = [subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.PIPE, text=True) for _ in range(2)]
        for p in procs:
            err = p.communicate(timeout=300)[1]
            crawl_failures += p.returncode != 0 or "Traceback" in err
            skipped += "skipped, another crawl of this site" in err
    return Row("3 concurrent first opens", "0 failures",
               f"two Archive() at once: {thread_failures}/20 failed; two crawls at once: "
               f"{crawl_failures}/{2 * tries} failed ({skipped} skipped: the site was being crawled)",
               thread_failures + crawl_failures == 0)


def item_4(lab: Lab) -> Row:
    """A double Ctrl-C exits 0."""
    folder = lab.path("ctrl-c")
    replay, db = folder / "replay", folder / "news.db"
    replay_site(replay, 20, fault={"kind": "sleep", "seconds": 1.0})
    crawl = subprocess.Popen([sys.executable, "-m", "crawler.cli", "crawl", "thaibinhtv",
                              "--replay", str(replay), "--db", str(db), "-q"], cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
                    if conn.execute("SELECT count(*) FROM articles").fetchone()[0] >= 2:
                        break
            except sqlite3.Error:
                pass
            time.sleep(0.05)
        crawl.send_signal(signal.SIGINT)
        time.sleep(0.3)
        crawl.send_signal(signal.SIGINT)
        _, err = crawl.communicate(timeout=60)
    finally:
        stop([crawl.pid])
    status, stats = last_run(db)
    lines = err.strip().splitlines()
    ok = crawl.returncode not in (0, None) and len(lines) == 1 and status != "running" \
        and bool(stats.get("problems"))
    return Row("4 double Ctrl-C", "exit != 0, one line, run not 'running', health not ok",
               f"exit {crawl.returncode}, {len(lines)} stderr line(s), run {status!r}, "
               f"health {'; '.join(stats.get('problems') or []) or 'ok'}"[:160], ok)


def item_5(lab: Lab) -> Row:
    """A finished --resumable job blocks later refreshes (the discovery work's item)."""
    stored = {}
    for label, extra in (("resumable", ["--resumable"]), ("plain", [])):
        db = lab.path(f"refresh-{label}") / "news.db"
        lab.vnnews("crawl", "thaibinhtv", "--replay", str(FIXTURES), "--db", str(db), "-q",
                   *extra)
        lab.vnnews("crawl", "thaibinhtv", "--replay", str(FIXTURES), "--db", str(db), "-q",
                   "--refresh-days", "800", *extra)
        stored[label] = int(last_run(db)[1].get("vnnews/stored", 0))
    ok = stored["resumable"] == stored["plain"] and stored["plain"] > 0
    return Row("5 resumable then --refresh-days 800",
               "same articles stored with and without --resumable",
               f"stored {stored['resumable']} with --resumable, {stored['plain']} without", ok)


def item_6(lab: Lab) -> Row:
    """--quiet is not quiet."""
    db = lab.path("quiet") / "news.db"
    run = lab.vnnews("crawl", "thaibinhtv", "--replay", str(FIXTURES), "--since", "2099-01-01",
                     "--quiet", "--db", str(db))
    _, stats = last_run(db)
    size = len(run.stderr.encode())
    counted = stats.get("vnnews/dropped/older_than_since", 0)
    return Row("6 --quiet with --since 2099", "stderr <= 200 bytes, skips counted",
               f"stderr {size:,} bytes, exit {run.returncode}, {counted} skips counted",
               size <= 200 and counted > 0)


def item_7(lab: Lab) -> Row:
    """Start-up problems show up as a traceback and a wrong diagnosis."""
    folder = lab.path("startup")
    directory = folder / "dir.db"
    directory.mkdir()
    text = folder / "text.db"
    text.write_text("not a database\n" * 50)
    corrupt = lab.copy("corrupt")
    with open(corrupt, "r+b") as f:
        f.seek(100)
        f.write(b"\xff" * 3000)
    bad_replay = folder / "replay" / "case"
    bad_replay.mkdir(parents=True)
    (bad_replay / "meta.json").write_text("{bad json")
    (bad_replay / "page.html").write_text("<html></html>")
    crawl = ["crawl", "thaibinhtv", "--replay", str(FIXTURES)]
    cases = {
        "--db directory": crawl + ["--db", str(directory)],
        "--db not SQLite": crawl + ["--db", str(text)],
        "--db corrupt": crawl + ["--db", str(corrupt)],
        "-s DOWNLOAD_TIMEOUT=abc": crawl + ["--db", str(folder / "n.db"), "-s",
                                            "DOWNLOAD_TIMEOUT=abc"],
        "bad meta.json": ["crawl", "thaibinhtv", "--replay", str(folder / "replay"), "--db",
                          str(folder / "m.db")],
    }
    if os.geteuid() != 0:
        unreadable = lab.copy("unreadable")
        unreadable.chmod(0)
        cases["--db unreadable"] = crawl + ["--db", str(unreadable)]
    bad = []
    for label, args in cases.items():
        run = lab.vnnews(*args)
        if not is_one_line(run, 2) or "no listing page" in run.stderr:
            bad.append(f"{label}: exit {run.returncode}, {one_line(run)}")
    note = "" if os.geteuid() != 0 else " (unreadable --db not tried: running as root)"
    return Row("7 start-up problems", "one line, exit 2, before the engine",
               ("; ".join(bad) or f"all {len(cases)} one line, exit 2") + note, not bad)


def item_8(lab: Lab) -> Row:
    """Crashes: FTS5 syntax, corrupt pages, a bad URL, broken WARCs, a closed pipe."""
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    folder = lab.path("crashes")
    zlib_db = lab.copy("zlib")
    with sqlite3.connect(zlib_db) as conn:
        conn.execute("UPDATE pages SET body = x'00112233' WHERE rowid = "
                     "(SELECT min(rowid) FROM pages)")
    conn.close()
    warc = folder / "one.warc.gz"
    with open(warc, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        writer.write_record(writer.create_warc_record(
            "https://thaibinhtv.vn/a-1.html", "response", payload=BytesIO(b"<html></html>"),
            http_headers=StatusAndHeaders("200 OK", [("Content-Type", "text/html")],
                                          protocol="HTTP/1.1")))
    cut_header = folder / "cut.warc.gz"
    cut_header.write_bytes(warc.read_bytes()[:5])
    no_uri = folder / "nouri.warc.gz"
    with open(no_uri, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        record = writer.create_warc_record(
            "https://x.vn/a.html", "response", payload=BytesIO(b"<html><h1>x</h1></html>"),
            http_headers=StatusAndHeaders("200 OK", [("Content-Type", "text/html")],
                                          protocol="HTTP/1.1"))
        record.rec_headers.remove_header("WARC-Target-URI")
        writer.write_record(record)
    db = str(lab.base)
    checks = [
        ("search '*'", ["search", "*", "--db", db], 2),
        ("search 'author:x'", ["search", "author:x", "--db", db], 2),
        ("search 'NOT'", ["search", "NOT", "--db", db], 2),
        ("search, corrupt page", ["search", "thai binh", "--db", str(zlib_db)], 0),
        ("reparse, corrupt page", ["reparse", "--db", str(zlib_db)], 1),
        ("views 'http://[::1'", ["views", "http://[::1", "--db", db], 2),
        ("import-warc, gzip cut in header", ["import-warc", str(cut_header), "--db",
                                             str(folder / "i.db")], 2),
        ("import-warc, no target URI", ["import-warc", str(no_uri), "--db",
                                        str(folder / "j.db")], 1),
    ]
    bad = []
    for label, args, status in checks:
        run = lab.vnnews(*args)
        if run.returncode != status or "Traceback" in run.stderr:
            bad.append(f"{label}: exit {run.returncode}"
                       + (", traceback" if "Traceback" in run.stderr else ""))
        elif label.startswith("reparse") and "unreadable" not in run.stdout:
            bad.append(f"{label}: the bad page is not named")
    # `vnnews search ... | head -1`: the reader is gone before vnnews writes.
    proc = subprocess.Popen([sys.executable, "-m", "crawler.cli", "search", "thai binh",
                             "--db", db], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    proc.stdout.close()
    err = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    if proc.wait(timeout=60) != 0:
        bad.append(f"search | head -1: exit {proc.returncode}")
    if "Traceback" in err:
        bad.append("search | head -1: a traceback")
    return Row("8 crashes", "one line each (no traceback), the right status; | head exits 0",
               "; ".join(bad) or f"all {len(checks) + 1} cases as expected", not bad)


def item_9(lab: Lab) -> Row:
    """Extracting an empty or binary file exits 0."""
    folder = lab.path("extract")
    bad = []
    for label, content in (("empty", b""), ("binary", os.urandom(4096))):
        page = folder / f"{label}.html"
        page.write_bytes(content)
        run = lab.vnnews("extract", str(page), "--url", "https://thaibinhtv.vn/a-1.html")
        if not (run.returncode != 0 and run.stderr.strip() == f"vnnews: no article found in {page}"):
            bad.append(f"{label}: exit {run.returncode}, {one_line(run)}")
    return Row("9 extract empty/binary", "'no article found in FILE', non-zero",
               "; ".join(bad) or "both: one line, exit 1", not bad)


def measured_extract(page: Path) -> tuple[int, float, float, str, str]:
    """(exit status, seconds, peak RSS MB, stdout, stderr) of `vnnews extract page`.

    The peak is the child's own VmHWM, sampled from /proc while it runs: the rusage of a
    forked child keeps the forking process's high-water mark across exec, and this process
    holds the pathological pages it wrote.
    """
    t0 = time.monotonic()
    peak = 0.0
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as errors:
        proc = subprocess.Popen([sys.executable, "-m", "crawler.cli", "extract", str(page),
                                 "--url", "https://example.vn/tin-tuc/bai-viet-1.html"], cwd=ROOT,
                                stdout=out, stderr=errors)
        while True:
            peak = max(peak, vm_hwm_mb(proc.pid))
            pid, status, _ = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            time.sleep(0.02)
        out.seek(0)
        errors.seek(0)
        texts = [f.read().decode("utf-8", "replace") for f in (out, errors)]
    proc.returncode = os.waitstatus_to_exitcode(status)
    return proc.returncode, time.monotonic() - t0, peak, texts[0], texts[1]


def vm_hwm_mb(pid: int) -> float:
    """A process's own peak RSS so far, in MB (0 once it is gone)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


PARAGRAPH = ("<p>Sáng nay, tỉnh Thái Bình tổ chức hội nghị tổng kết công tác năm, "
             "đánh giá kết quả phát triển kinh tế - xã hội và đề ra nhiệm vụ mới.</p>\n")
THAIBINHTV_SECTION = "https://thaibinhtv.vn/tin-tuc/thoi-su"  # the profile's start URL


def pathological_pages(folder: Path) -> dict[str, str]:
    """The issue's two pages: 20 MB of HTML, and text nested 100,000 <div>s deep."""
    count = (20 << 20) // len(PARAGRAPH.encode())
    depth = 100_000
    return {
        "20 MB": ("<html><head><title>Bài rất dài</title></head><body><h1>Bài rất dài</h1>"
                  "<div class='content'>" + PARAGRAPH * count + "</div></body></html>"),
        "100,000 divs": ("<html><head><title>Bài lồng sâu</title></head><body>"
                         "<h1>Bài lồng sâu</h1>" + "<div>" * depth + PARAGRAPH * 5
                         + "</div>" * depth + "</body></html>")}


def crawl_of(folder: Path, pages: dict[str, str]) -> dict[str, str]:
    """The pages served as thaibinhtv articles behind one listing; {label: article URL}."""
    urls = {}
    for n, (label, html) in enumerate(pages.items()):
        url = f"https://thaibinhtv.vn/news/59/{90000 + n}/bai-kiem-tra-{n}"
        case = folder / f"case-{n}"
        case.mkdir(parents=True)
        (case / "page.html").write_text(html, encoding="utf-8")
        (case / "meta.json").write_text(json.dumps({
            "url": url, "fetched_at": "2026-01-01T00:00:00Z", "kind": "article",
            "headers": {"Content-Type": "text/html; charset=utf-8"}}), encoding="utf-8")
        urls[label] = url
    links = "".join(f'<div class="item"><h3 class="title"><a href="{u}">Tin {i}</a></h3></div>'
                    for i, u in enumerate(urls.values()))
    listing = folder / "listing"
    listing.mkdir()
    (listing / "page.html").write_text(f'<html><body><div class="list-news">{links}</div>'
                                       f'</body></html>', encoding="utf-8")
    (listing / "meta.json").write_text(json.dumps({
        "url": THAIBINHTV_SECTION, "fetched_at": "2026-01-01T00:00:00Z", "kind": "listing"}),
        encoding="utf-8")
    return urls


def item_10(lab: Lab) -> Row:
    """Pathological pages: read in bounded memory with their text kept, or refused with a
    reason that a crawl counts (the speed work's item)."""
    folder = lab.path("pathological")
    pages = pathological_pages(folder)
    results, ok = [], True
    for label, html in pages.items():
        page = folder / f"{label.replace(' ', '').replace(',', '')}.html"
        page.write_text(html, encoding="utf-8")
        status, seconds, rss, out, err = measured_extract(page)
        try:
            body = len(json.loads(out).get("body") or "")
        except ValueError:
            body = 0
        lines = err.strip().splitlines()
        refused = status != 0 and len(lines) == 1 and "Traceback" not in err
        ok &= rss < 200 and (body > 0 or refused)
        results.append(f"{label}: {seconds:.1f} s, {rss:.0f} MB, "
                       + (f"body {body:,} chars" if body else
                          f"exit {status}, " + (lines[0].rsplit(": ", 2)[-2][:40] if refused
                                                else repr(err[-70:]))))
    # Counted: the same pages crawled as articles of a replayed site.
    urls = crawl_of(folder / "replay", pages)
    db = folder / "news.db"
    lab.vnnews("crawl", "thaibinhtv", "--replay", str(folder / "replay"), "--db", str(db), "-q")
    _, stats = last_run(db)
    stored = bodies(db)
    with sqlite3.connect(db) as conn:
        waiting = dict(conn.execute("SELECT url, last_error FROM crawl_frontier"))
    conn.close()
    for label, url in urls.items():
        kept = stored.get(url, 0) > 0
        reason = waiting.get(url)  # a page not stored waits in the frontier with its reason
        counted = bool(reason) and any(k.endswith("/" + reason.removeprefix("dropped_"))
                                       and v for k, v in stats.items())
        ok &= kept or counted
        results.append(f"crawl, {label}: " + (
            f"stored, body {stored[url]:,} chars" if kept else
            f"refused, counted as {reason}" if counted else f"not stored, reason {reason}"))
    return Row("10 pathological pages",
               "< 200 MB RSS, the text kept or the page refused with a counted reason",
               "; ".join(results), ok)


def item_11(lab: Lab) -> Row:
    """`vnnews record` writes outside its fixtures folder."""
    from crawler.crawling.replay import ReplayServer, SavedPage

    folder = lab.path("record")
    fixtures = folder / "a" / "b" / "fixtures"
    fixtures.mkdir(parents=True)
    seed = FIXTURES / "seed-2020-05-28" / "page.html"
    page = SavedPage(url="http://placeholder/x", path=seed,
                     headers={"Content-Type": "text/html; charset=utf-8"}, captured_at=None)
    bad = []
    with ReplayServer({}) as server:  # an http.server on 127.0.0.1
        server.by_path["/tin-tuc/bai-12345.html"] = page
        for option, value in (("--case", "../../x"), ("--site", "../../../escaped-site"),
                              ("--case", str(folder / "absolute"))):
            run = lab.vnnews("record", f"{server.url}/tin-tuc/bai-12345.html", option, value,
                             "--fixtures", str(fixtures))
            written = [p for p in folder.rglob("page.html")]
            if run.returncode != 2 or written:
                bad.append(f"{option} {value}: exit {run.returncode}, wrote "
                           f"{[str(p.relative_to(folder)) for p in written]}")
            for p in written:
                shutil.rmtree(p.parent)
    return Row("11 record path traversal", "exit 2, nothing written", "; ".join(bad)
               or "all 3 refused, nothing written", not bad)


def start_serve(db: Path) -> tuple[subprocess.Popen, int]:
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "crawler.cli", "serve", "--db", str(db),
                             "--port", str(port)], cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/-/versions.json", timeout=2)
            return proc, port
        except OSError:
            time.sleep(0.3)
    raise RuntimeError("Datasette did not start")


def listening(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(1)
        return s.connect_ex(("127.0.0.1", port)) == 0


def item_12(lab: Lab) -> Row:
    """`vnnews serve` leaves Datasette running after SIGTERM (the browse work's item)."""
    import importlib.util

    if importlib.util.find_spec("datasette") is None:
        return Row("12 serve and SIGTERM", "no child left, port closed", "Datasette is not "
                   "installed", None)
    db = lab.copy("serve")
    proc, port = start_serve(db)
    kids = children_of(proc.pid)
    metadata = [metadata_file(pid) for pid in kids]
    try:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            pass
        time.sleep(2)
        left = [pid for pid in kids if alive(pid)]
        still = listening(port)
    finally:
        stop([proc.pid, *kids])
    leftover = [path for path in metadata if path and path.exists()]
    for path in leftover:  # the file this serve wrote, nobody else's
        path.unlink()
    return Row("12 serve and SIGTERM", "no child left, port closed, no temp file",
               f"{len(left)} child(ren) left, port {'still served' if still else 'closed'}, "
               f"{len(leftover)} temp metadata file(s) left", not left and not still
               and not leftover)


def metadata_file(pid: int) -> Path | None:
    """The --metadata file on a Datasette process's command line."""
    try:
        argv = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return None
    for flag, value in zip(argv, argv[1:]):
        if flag == b"--metadata":
            return Path(value.decode())
    return None


def item_13(lab: Lab) -> Row:
    """Diacritics."""
    from crawler.archive.storage import Archive
    from crawler.items import Article

    db = lab.copy("diacritics")
    base = "https://thaibinhtv.vn/tin-tuc/thoi-su/"
    with Archive(db) as archive:
        archive.store(Article(
            url=base + "dai-hoi-dang-bo-tinh-99001.html", site="thaibinhtv",
            title="Khai mạc tại thành phố Thái Bình",
            body="Sáng nay, Đại hội Đảng bộ tỉnh lần thứ XX khai mạc tại thành phố Thái Bình.",
            fetched_at="2026-01-01T00:00:00Z"))

    def urls(query: str) -> list[str]:
        run = lab.vnnews("search", query, "--db", str(db), "--json", "--limit", "50")
        return [json.loads(line)["url"] for line in run.stdout.splitlines()]

    folded = urls("dai hoi dang bo")
    marked = urls("Đảng bộ")
    with sqlite3.connect(db) as conn:
        texts = dict(conn.execute("SELECT url, title || ' ' || coalesce(sapo, '') || ' ' || body "
                                  "FROM articles"))
    conn.close()
    false_marked = [u for u in marked if "đảng bộ" not in texts[u].lower()]
    first = folded[0] if folded else None
    ok = bool(first) and "Đại hội Đảng bộ" in texts[first] and not false_marked and marked
    return Row("13 diacritics", "'Đảng bộ' only where it is written; 'dai hoi dang bo': the "
               "phrase first",
               f"'Đảng bộ': {len(marked)} hits, {len(false_marked)} without 'Đảng bộ'; 'dai hoi "
               f"dang bo': {len(folded)} hits, first has the phrase: "
               f"{bool(first) and 'Đại hội Đảng bộ' in texts[first]}", ok)


def item_14(lab: Lab) -> Row:
    """Datasette search (the browse work's item)."""
    import importlib.util

    if importlib.util.find_spec("datasette") is None:
        return Row("14 Datasette search", "finds what vnnews search finds",
                   "Datasette is not installed", None)
    db = lab.copy("datasette")
    ours = lab.vnnews("search", "Đảng", "--db", str(db), "--json", "--limit", "100")
    ours_count = len(ours.stdout.splitlines())
    proc, port = start_serve(db)
    kids = children_of(proc.pid)
    try:
        base = f"http://127.0.0.1:{port}/{db.stem}"

        def get(path: str) -> tuple[int, list]:
            try:
                with urllib.request.urlopen(base + path, timeout=20) as response:
                    return response.status, json.loads(response.read())
            except urllib.error.HTTPError as exc:
                return exc.code, []

        table_status, table = get("/articles.json?_shape=array&_search="
                                  + urllib.parse.quote("Đảng"))
        canned_status, canned = get("/search.json?_shape=array&q="
                                    + urllib.parse.quote("Covid-19"))
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            pass
        stop([proc.pid, *kids])
    ok = table_status == 200 and len(table) >= min(ours_count, 1) and canned_status == 200
    return Row("14 Datasette search", "table search 'Đảng' finds rows, canned 'Covid-19' 200",
               f"table search: HTTP {table_status}, {len(table)} rows (vnnews search: "
               f"{ours_count}); canned search 'Covid-19': HTTP {canned_status}", ok)


def item_15(lab: Lab) -> Row:
    """Snippets keep the 3-line result layout."""
    run = lab.vnnews("search", "thai binh", "--db", str(lab.base), "--limit", "50")
    blocks = run.stdout.rstrip("\n").split("\n\n")
    bad = [b for b in blocks if len(b.splitlines()) != 3]
    return Row("15 snippets", "every result is 3 lines",
               f"{len(blocks)} results, {len(bad)} not 3 lines", bool(blocks) and not bad)


def item_16(lab: Lab) -> Row:
    """A filter that matches nothing says which."""
    checks = [(["--site", "thaibinh"], "--site 'thaibinh'"),
              (["--author", "Ai Đó"], "--author 'Ai Đó'")]
    bad = []
    for args, named in checks:
        run = lab.vnnews("search", "thai binh", *args, "--db", str(lab.base))
        if named not in run.stderr or "Traceback" in run.stderr:
            bad.append(f"{' '.join(args)}: exit {run.returncode}, {one_line(run)}")
    return Row("16 empty filters", "the message names the filter",
               "; ".join(bad) or "both named", not bad)


ITEMS: dict[str, Callable[[Lab], Row]] = {str(n): globals()[f"item_{n}"] for n in range(1, 17)}


def table(rows: list[Row]) -> str:
    headers = ("item", "expected", "observed", "result")
    cells = [(r.item, r.expected, r.observed,
              "PASS" if r.ok else "FAIL" if r.ok is False else "not run") for r in rows]
    widths = [max(len(h), *(len(c[i]) for c in cells)) for i, h in enumerate(headers)]
    widths[2] = min(widths[2], 100)

    def line(values: tuple[str, ...]) -> list[str]:
        parts = textwrap.wrap(values[2], 100) or [""]  # the observed column
        out = [f"{values[0]:<{widths[0]}}  {values[1]:<{widths[1]}}  {parts[0]:<{widths[2]}}  "
               f"{values[3]}"]
        for part in parts[1:]:
            out.append(f"{'':<{widths[0]}}  {'':<{widths[1]}}  {part}")
        return out

    text = line(headers) + ["  ".join("-" * w for w in widths[:3]) + "  ------"]
    for c in cells:
        text += line(c)
    return "\n".join(text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="comma-separated item numbers, e.g. 1,4,13")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory")
    args = parser.parse_args(argv)
    chosen = args.only.split(",") if args.only else list(ITEMS)
    unknown = [c for c in chosen if c not in ITEMS]
    if unknown:
        parser.error(f"no item {', '.join(unknown)} (items: {', '.join(ITEMS)})")
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    tmp = Path(tempfile.mkdtemp(prefix="vnnews-faults-"))
    rows = []
    try:
        lab = Lab(tmp)
        for name in chosen:
            print(f"[faults] item {name} ...", file=sys.stderr, flush=True)
            t0 = time.monotonic()
            try:
                row = ITEMS[name](lab)
            except Exception as exc:  # noqa: BLE001 (a crash is a finding, not the end)
                row = Row(f"{name} (crashed)", ITEMS[name].__doc__ or "", repr(exc)[:200], False)
            print(f"[faults] item {name}: {'PASS' if row.ok else 'FAIL' if row.ok is False else 'not run'}"
                  f" ({time.monotonic() - t0:.0f} s)", file=sys.stderr, flush=True)
            rows.append(row)
    finally:
        if args.keep:
            print(f"[faults] kept {tmp}", file=sys.stderr)
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    print(table(rows))
    passed = sum(r.ok is True for r in rows)
    print(f"\n{passed} of {len(rows)} items pass"
          + (f"; failing: {', '.join(r.item.split()[0] for r in rows if r.ok is False)}"
             if passed < len(rows) else ""))
    return 0 if all(r.ok is not False for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
