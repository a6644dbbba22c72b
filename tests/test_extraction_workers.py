"""Extraction off the reactor (crawler/crawling/extraction.py): pages are read by worker
processes, with the same result as in the crawl process, and no worker outlives its crawl."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time

import pytest
from conftest import ROOT, article_cases, live_children, thaibinhtv_site
from test_robustness import stored

from crawler.crawling.extraction import (EXTRACT_TIMEOUT_S, WORKER_CRASHED, WORKER_TIMED_OUT,
                                        ExtractionError, Extractor, Job, setting_timeout)
from crawler.sites import get_profile


def job_for(case) -> Job:
    meta = case.meta
    return Job(body=case.html, url=meta["url"], profile=get_profile(case.site),
               site=case.site, fetched_at=meta["fetched_at"],
               content_type=(meta.get("headers") or {}).get("Content-Type"))


WORKER_CHECK = """
import asyncio, os, sys
sys.path.insert(0, "tests")
from test_extraction_workers import first_thaibinhtv_job
from crawler.crawling.extraction import Extractor, run_job
extractor = Extractor(1)
extractor.open()
try:
    assert extractor.pids() and os.getpid() not in extractor.pids()
    result = asyncio.run(extractor.read(first_thaibinhtv_job()))
finally:
    extractor.close()
assert not extractor.running
here = run_job(first_thaibinhtv_job())
assert result.is_article and here.is_article
assert result.raw == here.raw
# the page comes back packed for the archive, as the writer would have packed it
assert (result.sha256, result.compressed) == (here.sha256, here.compressed)
print("same")
"""


def first_thaibinhtv_job() -> Job:
    return job_for(next(c for c in article_cases() if c.site == "thaibinhtv"))


def test_a_worker_reads_a_page_as_the_crawl_process_would():
    run = subprocess.run([sys.executable, "-c", WORKER_CHECK], cwd=ROOT, capture_output=True,
                         text=True, timeout=120)
    assert run.returncode == 0 and run.stdout.strip() == "same", run.stderr[-3000:]


LIGHT_CRAWL_PROCESS = """
import asyncio, json, os, sys
from pathlib import Path
from crawler.crawling.extraction import Extractor, Job
from crawler.sites import get_profile
case = Path("tests/fixtures/thaibinhtv/agency-ttxvn")
meta = json.loads((case / "meta.json").read_text())
extractor = Extractor(1)
extractor.open()
try:
    result = asyncio.run(extractor.read(Job(
        body=(case / "page.html").read_bytes(), url=meta["url"],
        profile=get_profile("thaibinhtv"), site="thaibinhtv",
        fetched_at=meta["fetched_at"], content_type=None)))
    # the crawl process's only children are its workers (no resource tracker either); read
    # from /proc here, not with conftest.live_children: conftest imports the extractor
    pid = os.getpid()
    children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    assert sorted(map(int, children)) == sorted(extractor.pids()), children
finally:
    extractor.close()
assert result.is_article and result.raw.title
print(sorted(m for m in ("crawler.extract", "trafilatura", "lxml.html") if m in sys.modules))
"""


def test_with_workers_the_crawl_process_never_imports_the_extractor():
    # What a worker sends back is unpickled in the crawl process: were it one of
    # crawler.extract's own classes, the crawl process would import lxml's cleaner and
    # trafilatura (~25 MB) for nothing.  And it starts no process but its workers.
    run = subprocess.run([sys.executable, "-c", LIGHT_CRAWL_PROCESS], cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-3000:]
    assert run.stdout.strip() == "[]"


class KillsItsReader:
    """A page body whose unpickling ends the process that reads it: a stand-in for a page
    that crashes a worker (a C library's fault, the out-of-memory killer)."""

    def __reduce__(self):
        return (os._exit, (3,))


class KeepsItsReaderBusy:
    """A page body whose unpickling keeps its reader busy for a minute: a stand-in for a
    page that sends extraction into a pathological case."""

    def __reduce__(self):
        return (time.sleep, (60,))


def read_with(extractor: Extractor, job: Job):
    return asyncio.run(extractor.read(job))


def test_a_worker_that_died_is_replaced_and_the_page_it_was_reading_is_dropped():
    extractor = Extractor(1)
    extractor.open()
    try:
        first = extractor.pids()[0]
        os.kill(first, signal.SIGKILL)  # died between two pages: nothing lost
        os.waitpid(first, 0)
        assert read_with(extractor, first_thaibinhtv_job()).raw.title
        second = extractor.pids()[0]
        assert second != first
        crashing = job_for(next(c for c in article_cases() if c.site == "thaibinhtv"))
        crashing.body = KillsItsReader()
        dropped = read_with(extractor, crashing)  # died reading this page: it is dropped
        assert dropped.rejected == WORKER_CRASHED and dropped.raw is None
        after = read_with(extractor, first_thaibinhtv_job())  # and the crawl goes on
        assert after.is_article and after.raw.title
        assert extractor.pids()[0] not in (first, second)
    finally:
        extractor.close()
    assert not extractor.running


def test_a_page_that_takes_too_long_is_dropped_and_its_worker_replaced():
    extractor = Extractor(1, timeout=1.0)
    extractor.open()
    try:
        first = extractor.pids()[0]
        slow = first_thaibinhtv_job()
        slow.body = KeepsItsReaderBusy()
        started = time.monotonic()
        dropped = read_with(extractor, slow)
        assert dropped.rejected == WORKER_TIMED_OUT and time.monotonic() - started < 15
        assert not os.path.exists(f"/proc/{first}")  # killed and reaped, not left sleeping
        assert read_with(extractor, first_thaibinhtv_job()).raw.title
        assert extractor.pids()[0] != first
    finally:
        extractor.close()


def test_the_extraction_timeout_setting():
    assert setting_timeout(None) == EXTRACT_TIMEOUT_S
    assert setting_timeout("30") == 30.0
    assert setting_timeout("0") is None


def test_a_page_that_raises_in_the_worker_raises_where_it_is_awaited():
    extractor = Extractor(1)
    extractor.open()
    try:
        broken = first_thaibinhtv_job()
        broken.url = None  # read_page cannot work without the page's address
        with pytest.raises(ExtractionError, match="Traceback"):
            read_with(extractor, broken)
        assert read_with(extractor, first_thaibinhtv_job()).raw.title  # same worker goes on
    finally:
        extractor.close()


def test_a_job_that_cannot_be_sent_raises_and_the_worker_goes_on():
    extractor = Extractor(1)
    extractor.open()
    try:
        worker = extractor.pids()[0]
        unsendable = first_thaibinhtv_job()
        # a body longer than pickle's 64 KB frame would be written out before the failure
        unsendable.body = unsendable.body * 10
        unsendable.profile = lambda: None  # no pickle for a lambda
        with pytest.raises(Exception, match="pickle"):
            read_with(extractor, unsendable)
        assert read_with(extractor, first_thaibinhtv_job()).raw.title
        assert extractor.pids() == [worker]  # nothing half-written reached it
    finally:
        extractor.close()


def test_without_workers_the_crawl_process_reads_the_page_itself():
    case = next(c for c in article_cases() if c.site == "thaibinhtv")
    extractor = Extractor(0)
    extractor.open()
    assert not extractor.running
    result = asyncio.run(extractor.read(job_for(case)))
    extractor.close()
    assert result.raw.title


def test_the_extraction_worker_ends_when_its_crawl_is_killed(tmp_path):
    replay, db = tmp_path / "replay", tmp_path / "news.db"
    thaibinhtv_site(replay, 20, fault={"kind": "sleep", "seconds": 1.0})
    crawl = subprocess.Popen([sys.executable, "-m", "crawler.cli", "crawl", "thaibinhtv",
                              "--replay", str(replay), "--db", str(db), "--quiet"],
                             cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while stored(db) < 1:  # a page was read: the worker runs
        assert crawl.poll() is None and time.monotonic() < deadline, "nothing stored"
        time.sleep(0.05)
    children = live_children(crawl.pid)  # the extraction worker
    assert children
    crawl.send_signal(signal.SIGKILL)
    crawl.wait(timeout=30)
    deadline = time.monotonic() + 10
    while alive := [pid for pid in children if os.path.exists(f"/proc/{pid}")
                    and not open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()[0] == "Z"]:
        assert time.monotonic() < deadline, f"left running after the crawl was killed: {alive}"
        time.sleep(0.1)
